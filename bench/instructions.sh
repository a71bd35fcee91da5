# Sourced by bench/run in `bash bench/run instructions`: the user-space instructions one request costs each variant,
# counted by valgrind's callgrind in the nginx process itself, so the number is the same on a busy machine and a
# quiet one (requests/s and CPU time are not). Each variant's nginx runs as one process (master_process off) under
# callgrind twice, serving FEW and then MANY requests over keep-alive connections; the difference divided by
# (MANY - FEW) is the cost of one request, start-up and shutdown cancelling out. Kernel work (the sockets, most of
# a proxied request's time) is not counted: these numbers are the userland part, where the token check runs.
FEW=${FEW:-200}
MANY=${MANY:-1200}

"$NGINX" -p "$work/up/" -c "$work/up/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 1

# curl fetches every URL given in one invocation over one keep-alive connection (a new one when nginx closes it).
requests() { # count port credential
  local args=() i
  for ((i = 0; i < $1; i++)); do args+=(-o /dev/null "http://127.0.0.1:$2/llm/generate"); done
  curl -s -H "Authorization: Bearer $3" "${args[@]}"
}
instructions() { # variant server port credential count: the callgrind total of one run
  local out="$work/callgrind.$1.$5" pid i
  valgrind --tool=callgrind --callgrind-out-file="$out" "$NGINX" -p "$work/$2/" -c "$work/$2/nginx.conf" \
    -g 'daemon off; master_process off;' >/dev/null 2>&1 &
  pid=$!
  for i in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$3/_gateway/healthz" 2>/dev/null && break; sleep 0.2; done
  requests "$5" "$3" "$4"
  kill -QUIT "$pid"; wait "$pid" || true
  awk '/^(summary|totals):/ { print $2; exit }' "$out"
}
declare -A cost
variants=(b0 b1 w1 c)
[ "${COUNTS[-1]}" != 1 ] && variants=(b0 b1 "b${COUNTS[-1]}" w1 "w${COUNTS[-1]}" c)
[ -n "$BASELINE" ] && variants+=(p)
for v in "${variants[@]}"; do
  case $v in b0) srv=b0 p=$pb0 cred=$token;; c) srv=c p=$pc cred=$token;;
    p) srv=p p=${port[p]} cred=$token;;
    b*) srv=g${v#b} p=${port[g${v#b}]} cred=$token;; w*) srv=g${v#w} p=${port[g${v#w}]} cred=$wrong;; esac
  few=$(instructions "$v" "$srv" "$p" "$cred" "$FEW")
  many=$(instructions "$v" "$srv" "$p" "$cred" "$MANY")
  cost[$v]=$(( (many - few) / (MANY - FEW) ))
done

echo
echo "User-space instructions per request (callgrind, nginx $("$NGINX" -v 2>&1 | sed 's#.*/##'), $FEW and $MANY requests per variant)"
echo
echo "| variant | instructions/request | over b0 |"
echo "| --- | ---: | ---: |"
for v in "${variants[@]}"; do
  printf '| %s | %d | %+d |\n' "$v" "${cost[$v]}" $(( cost[$v] - cost[b0] ))
done
