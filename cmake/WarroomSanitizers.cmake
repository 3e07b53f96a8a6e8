# SPDX-License-Identifier: GPL-3.0-or-later
# WITH_SANITIZERS: ASan + UBSan on every target (docs/RELIABILITY.md). WITH_FUZZERS: libFuzzer coverage
# instrumentation on every target, for the fuzzers in tests/fuzz. Global on purpose, unlike
# Warroom::CompileOptions: a library left uninstrumented would hide its bugs from both.
if(WITH_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "WITH_FUZZERS needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: configure with "
                        "-DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14")
endif()
if(WITH_FUZZERS AND NOT WITH_TESTS)
    message(FATAL_ERROR "WITH_FUZZERS needs WITH_TESTS: the fuzzers live in tests/fuzz")
endif()
if(WITH_SANITIZERS)
    # Any UB report fails the test that hit it instead of scrolling past.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
if(WITH_FUZZERS)
    # Coverage feedback from our libraries; only the fuzzer executables link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
    add_link_options(-fsanitize=fuzzer-no-link)
endif()
