/*
 * A fake AI coding agent for the test fleet, installed as `claude` and `codex` so that its
 * /proc/PID/cmdline reads like the real one (`claude --dangerously-skip-permissions`). Like a real
 * agent it keeps a child process in its own process group (a tool it is running), which is why plain
 * `reptyr PID` refuses it and `reptyr -T` is needed; it streams output, answers each line typed to it
 * ("got: LINE"), and it dies on SIGHUP.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/select.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  (void)argc;
  signal(SIGHUP, SIG_DFL);
  pid_t tool = fork();
  if (tool == 0) {
    for (;;) pause(); /* same process group, default SIGHUP: dies with the agent */
  }
  const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
  setvbuf(stdout, NULL, _IONBF, 0);
  if (strcmp(name, "claude") == 0) printf("Claude Code (test fleet)  bypass permissions on\n");
  else printf("%s agent (test fleet) ready\n", name);
  char line[512];
  for (unsigned long n = 1;; n++) {
    printf("[%s %d] step %lu: editing files, running tests\n", name, (int)getpid(), n);
    fd_set in;
    FD_ZERO(&in);
    FD_SET(0, &in);
    struct timeval tick = {0, 200 * 1000};
    if (select(1, &in, NULL, NULL, &tick) > 0) {
      if (!fgets(line, sizeof line, stdin)) {
        struct timespec rest = {0, 200 * 1000 * 1000};
        nanosleep(&rest, NULL); /* stdin at EOF (a held pane): keep running */
        continue;
      }
      line[strcspn(line, "\n")] = 0;
      printf("[%s %d] got: %s\n", name, (int)getpid(), line);
    }
  }
}
