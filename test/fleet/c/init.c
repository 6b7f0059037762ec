/*
 * PID 1 of a test host's PID namespace: runs the host's setup script and reaps every orphan, so a mux
 * started with --daemonize does not linger as a zombie. Signal dispositions are reset because hosts
 * started as background jobs inherit ignored SIGINT/SIGQUIT. The host ends when this process is
 * killed (the kernel then kills everything else in the namespace).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: init PROGRAM [ARG...]\n");
    return 2;
  }
  for (int s = 1; s < NSIG; s++) signal(s, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);

  pid_t child = fork();
  if (child < 0) {
    perror("fork");
    return 1;
  }
  if (child == 0) {
    execvp(argv[1], argv + 1);
    perror("exec");
    _exit(127);
  }
  for (;;) {
    if (wait(NULL) < 0 && errno == ECHILD) sleep(1);
  }
}
