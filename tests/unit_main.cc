// The doctest runner for all unit tests (the tests themselves sit beside the code they test).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
