#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry point for programs with a main of their own (LLVM 11 and later). The fuzz
// targets need it because SwiftPM links every executable with `--defsym main=<Module>_main`, so
// libFuzzer's own main is never used: each target's <Module>_main hands over to the driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
