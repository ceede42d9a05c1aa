// mojoc: Mojo → C++20.  All the logic lives in driver/cli.cpp.
#include "driver/cli.hpp"

int main(int argc, char** argv) { return mojoc::driver::main_entry(argc, argv); }
