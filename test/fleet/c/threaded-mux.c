/*
 * A multi-threaded mux stand-in for one fault seen on a real fleet: on SIGTERM its main thread exits
 * first (the group leader becomes a zombie) while another thread keeps the pid file's flock for a
 * while longer, as WezTerm's pane threads do while they tear down. Installed as a file whose name
 * starts with "wezterm-mux" so /proc/PID/comm says it is a mux. Usage: threaded-mux HOLD_MS
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static volatile int leaving;
static long hold_ms;

static void *pane_thread(void *unused) {
  (void)unused;
  while (!leaving) usleep(10000);
  usleep(hold_ms * 1000);
  _exit(0);
}

int main(int argc, char **argv) {
  hold_ms = argc > 1 ? atol(argv[1]) : 2000;
  const char *base = getenv("XDG_RUNTIME_DIR");
  if (!base) return 2;
  char dir[4096], pidfile[4200];
  snprintf(dir, sizeof dir, "%s/wezterm", base);
  mkdir(dir, 0700);
  snprintf(pidfile, sizeof pidfile, "%s/pid", dir);
  sigset_t term;
  sigemptyset(&term);
  sigaddset(&term, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &term, NULL);
  int fd = open(pidfile, O_RDWR | O_CREAT, 0644);
  if (fd < 0 || flock(fd, LOCK_EX | LOCK_NB) != 0) {
    fprintf(stderr, "Error: unable to lock pid file %s: %s (os error %d)\n", pidfile, strerror(errno), errno);
    return 1;
  }
  if (fork() != 0) _exit(0);
  setsid();
  int null = open("/dev/null", O_RDWR);
  dup2(null, 0);
  dup2(null, 1);
  dup2(null, 2);
  char text[32];
  int n = snprintf(text, sizeof text, "%d", getpid());
  if (ftruncate(fd, 0) != 0 || write(fd, text, n) != n) return 1;
  pthread_t t;
  pthread_create(&t, NULL, pane_thread, NULL);
  int sig;
  sigwait(&term, &sig);
  leaving = 1;
  pthread_exit(NULL);
}
