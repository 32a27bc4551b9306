// Makes the compiler read an endless file: cc1plus grows until something stops it.
#include "/dev/zero"
int main() {}
