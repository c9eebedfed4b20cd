// STUB
#include <cstdio>
int main() { std::puts("riposte " RIPOSTE_VERSION); return 0; }
