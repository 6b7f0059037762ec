/*
 * A fake AI coding agent for the test fleet, installed as `claude` and `codex` so that its
 * /proc/PID/cmdline reads like the real one (`claude --dangerously-skip-permissions`). Like a real
 * agent it keeps a child process in its own process group (a tool it is running), which is why plain
 * `reptyr PID` refuses it and `reptyr -T` is needed; it streams output, and it dies on SIGHUP.
 */
#include <signal.h>
#include <stdio.h>
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
  struct timespec tick = {0, 200 * 1000 * 1000};
  for (unsigned long n = 1;; n++) {
    printf("[%s %d] step %lu: editing files, running tests\n", name, (int)getpid(), n);
    nanosleep(&tick, NULL);
  }
}
