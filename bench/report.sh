# Sourced by bench/run once every round has run: medians per variant, ratios per round, the two tables.
median() { sort -n | awk '{ x[NR] = $1 } END { print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'; }
declare -A rps p50 p99 errs non2xx cpu
hz=$(getconf CLK_TCK)
for v in "${variants[@]}"; do
  # CPU time of the serving nginx worker per request, over every round: its cost, whatever share of the
  # machine it got (throughput on a shared 2-core VM also measures the scheduler).
  cpu[$v]=$(awk -v hz="$hz" '{ t += $7; r += $6 } END { printf "%.2f", t * 1e6 / hz / r }' "$work/$v.results")
  rps[$v]=$(awk '{ print $1 }' "$work/$v.results" | median)
  p50[$v]=$(awk '{ print $2 / 1000 }' "$work/$v.results" | median)
  p99[$v]=$(awk '{ print $3 / 1000 }' "$work/$v.results" | median)
  errs[$v]=$(awk '{ s += $4 } END { print s }' "$work/$v.results")
  non2xx[$v]=$(awk '{ s += $5 } END { print s }' "$work/$v.results")
done

# Ratios per round (the two variants ran within a minute of each other), then their median: slow drift of a
# shared machine cancels out of a paired ratio, not out of a ratio of medians.
paired() { paste -d' ' "$work/$1.results" "$work/$2.results" | awk "{ print $3 }" | median; }
ratio() { paired "$1" "$2" '$1 / $8'; }
of_medians() { awk -v x="${rps[$1]}" -v y="${rps[$2]}" 'BEGIN { printf "%.3f", x / y }'; }
met() { awk -v r="$1" -v t="$2" 'BEGIN { print (r >= t) ? "met" : "NOT met" }'; }

echo
echo "wrk -t1 -c$CONNECTIONS, $ROUNDS rounds x ${DURATION}s per variant (order rotated each round), medians; one nginx worker per server"
echo
echo "| variant | requests/s | p50 ms | p99 ms | worker CPU µs/request | socket errors | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
rows=(a b0 b1 c); [ -n "$BASELINE" ] && rows=(a b0 b1 p c)
for v in "${rows[@]}"; do
  case $v in a) label="a: direct to upstream";; b0) label="b0: plain reverse proxy";; b1) label="b: token gateway, 1 token";;
    p) label="p: token gateway of $BASELINE, 1 token";; c) label="c: auth_request";; esac
  printf '| %s | %.0f | %.3f | %.3f | %s | %s | %s |\n' "$label" "${rps[$v]}" "${p50[$v]}" "${p99[$v]}" "${cpu[$v]}" "${errs[$v]}" "${non2xx[$v]}"
done
echo
r=$(ratio b1 b0); printf 'b/b0: per-round median %.3f, of medians %s  (target >= 0.95: %s)\n' "$r" "$(of_medians b1 b0)" "$(met "$r" 0.95)"
r=$(ratio b1 c); printf 'b/c:  per-round median %.3f, of medians %s  (target >= 1.5: %s)\n' "$r" "$(of_medians b1 c)" "$(met "$r" 1.5)"
d=$(paired b1 b0 '($3 - $10) / 1000')
printf 'p99(b) - p99(b0): per-round median %+.3f ms  (target <= 0.5 ms: %s)\n' "$d" "$(awk -v d="$d" 'BEGIN { print (d <= 0.5) ? "met" : "NOT met" }')"
if [ -n "$BASELINE" ]; then
  printf 'p/b0: per-round median %.3f, of medians %s  (%s)\n' "$(ratio p b0)" "$(of_medians p b0)" "$BASELINE"
  printf 'b/p:  per-round median %.3f, of medians %s  (above 1: this revision serves more than %s)\n' "$(paired b1 p '$1 / $8')" "$(of_medians b1 p)" "$BASELINE"
fi

echo
echo "| tokens | valid token requests/s | vs 1 token (per round) | CPU µs/request | wrong token requests/s | vs 1 token (per round) | CPU µs/request | wrong / valid (per round) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in "${COUNTS[@]}"; do
  printf '| %s | %.0f | %.3f | %s | %.0f | %.3f | %s | %.3f |\n' "$n" "${rps[b$n]}" "$(ratio "b$n" b1)" "${cpu[b$n]}" "${rps[w$n]}" "$(ratio "w$n" w1)" "${cpu[w$n]}" "$(ratio "w$n" "b$n")"
done
echo
last=${COUNTS[-1]}
r=$(ratio "b$last" b1); printf 'valid token, %s tokens vs 1: per-round median %.3f, of medians %s  (target >= 0.95: %s)\n' "$last" "$r" "$(of_medians "b$last" b1)" "$(met "$r" 0.95)"
worst=$(for n in "${COUNTS[@]}"; do ratio "w$n" "b$n"; done | sort -n | head -1)
printf 'wrong token vs valid, lowest over token counts: per-round median %.3f  (target >= 1, no slower: %s)\n' "$worst" "$(met "$worst" 1)"
for n in "${COUNTS[@]}"; do
  [ "${errs[b$n]}" = 0 ] && [ "${non2xx[b$n]}" = 0 ] || echo "bench: b$n had errors or non-2xx answers" >&2
  [ "${non2xx[w$n]}" != 0 ] || echo "bench: w$n got no 401s" >&2
done
echo
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $("$NGINX" -v 2>&1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $(date -u '+%Y-%m-%d %H:%M UTC')"
