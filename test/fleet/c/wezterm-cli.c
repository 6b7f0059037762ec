/*
 * The test fleet's `wezterm` CLI: a compiled fast path for `wezterm cli --no-auto-start [--prefer-mux]
 * list --format json` (what wezfleet status runs on every host, and which WezTerm's own Rust CLI
 * answers in a few milliseconds), talking to the mux stand-in's socket. Everything else is handed,
 * argv unchanged, to the Python stand-in beside it (.wezterm-cli.py).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#define PY "/usr/local/bin/.wezterm-cli.py"

static int fast_path(int argc, char **argv) {
  int i = 1, no_auto = 0;
  if (i >= argc || strcmp(argv[i++], "cli") != 0) return 0;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    if (strcmp(argv[i], "--no-auto-start") == 0) no_auto = 1;
    else if (strcmp(argv[i], "--prefer-mux") != 0) return 0;
  }
  return no_auto && argc - i == 3 && strcmp(argv[i], "list") == 0 && strcmp(argv[i + 1], "--format") == 0 && strcmp(argv[i + 2], "json") == 0;
}

int main(int argc, char **argv) {
  if (!fast_path(argc, argv)) {
    execv(PY, argv);
    perror(PY);
    return 127;
  }
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  const char *sock = getenv("WEZTERM_UNIX_SOCKET"), *xdg = getenv("XDG_RUNTIME_DIR"), *home = getenv("HOME");
  if (sock && *sock) snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock);
  else if (xdg && *xdg) snprintf(addr.sun_path, sizeof addr.sun_path, "%s/wezterm/sock", xdg);
  else snprintf(addr.sun_path, sizeof addr.sun_path, "%s/.local/share/wezterm/sock", home ? home : "");
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  struct timeval limit = {10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    fprintf(stderr, "Error: failed to connect to Socket('%s')\n", addr.sun_path);
    return 1;
  }
  const char *req = "{\"cmd\": \"list-json\"}\n";
  if (write(fd, req, strlen(req)) < 0) return 1;
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (len + 4096 > cap) buf = realloc(buf, cap *= 2);
    ssize_t n = read(fd, buf + len, cap - len);
    if (n <= 0) break;
    len += (size_t)n;
    if (buf[len - 1] == '\n') break;
  }
  if (len == 0 || buf[0] != '[') {
    fprintf(stderr, "Error: %.*s", (int)len, buf);
    return 1;
  }
  fwrite(buf, 1, len, stdout);
  return 0;
}
