using System.Runtime.Versioning;

// The tool runs nginx with Unix file modes and signals: like it, its tests are for Linux and macOS.
[assembly: SupportedOSPlatform("linux")]
[assembly: SupportedOSPlatform("macos")]
