# SPDX-License-Identifier: GPL-3.0-or-later
# warroom_add_test(<name> SOURCES ... LIBS ... [GUI] [LABELS ...] [WRAPPER command...] [ARGS ...])
# WRAPPER runs the test through another program (e.g. tests/keyring-session.sh for a real Secret Service).
# One Qt Test executable per class, registered with CTest. GUI tests run offscreen.
function(warroom_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER;ARGS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common) # header-only helpers
    target_compile_definitions(${name} PRIVATE WARROOM_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
                                               WARROOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}> ${ARG_ARGS})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(WITH_SANITIZERS)
        # ASan and UBSan make a test 2 to 5 times slower (testreplayindex: 160 s on 2 cores).
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    warroom_test_environment(${name})
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
endfunction()

# warroom_test_environment(<test> [VAR=value ...]): the environment every test runs in, plus the extras given.
# Each CTest entry gets its own home folder, created here: ctest -j runs the same executable twice at once
# (e.g. with and without a keyring), and a shared QSettings file let one run see the other's channels. HOME is
# the one that matters: QStandardPaths' test mode (which most tests turn on) ignores the XDG variables and
# keeps settings and data under $HOME/.qttest. The XDG folders cover the tests that do not use test mode.
function(warroom_test_home test out)
    set(home "${CMAKE_BINARY_DIR}/test-home/${test}")
    file(MAKE_DIRECTORY "${home}/config" "${home}/cache" "${home}/data")
    set(${out} "${home}" PARENT_SCOPE)
endfunction()

function(warroom_test_environment test)
    warroom_test_home(${test} home)
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=*.debug=false" "HOME=${home}"
            "XDG_CONFIG_HOME=${home}/config" "XDG_CACHE_HOME=${home}/cache" ${ARGN})
    if(WITH_SANITIZERS)
        # Leak checking stays on; tests/lsan.supp lists only leaks inside system libraries (why: there).
        list(APPEND env "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1"
                        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
                        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    endif()
    set_tests_properties(${test} PROPERTIES ENVIRONMENT "${env}")
endfunction()
