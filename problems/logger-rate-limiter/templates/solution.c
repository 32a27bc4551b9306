#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A rate limiter for log messages. Messages arrive in non-decreasing order of timestamp.
   There are at most 200000 messages; a text has at most 20 characters. */
typedef struct {
    int unused; /* TODO: your fields */
} Logger;

Logger* loggerCreate(void) {
    Logger* logger = malloc(sizeof(Logger));
    /* TODO: set up your fields */
    return logger;
}

/* Return true if the message is printed: its text was never printed, or was last printed at
   t0 with t0 + 10 <= timestamp. A message that is not printed (false) does not count as
   printed. */
bool loggerShouldPrintMessage(Logger* logger, int timestamp, const char* message) {
    /* TODO */
    (void)logger;
    (void)timestamp;
    (void)message;
    return false;
}

void loggerFree(Logger* logger) {
    /* TODO: free what you allocated */
    free(logger);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    Logger* logger = loggerCreate();
    char message[32];
    for (int i = 0; i < q; i++) {
        int timestamp;
        if (scanf("%d %31s", &timestamp, message) != 2) break;
        puts(loggerShouldPrintMessage(logger, timestamp, message) ? "true" : "false");
    }
    loggerFree(logger);
    return 0;
}
