# Settings every Deskside target shares (DESIGN.md section 7).
function(deskside_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_KEYWORDS
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        DESKSIDE_VERSION="${PROJECT_VERSION}")
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        # Qt 6.4 is the oldest Qt supported: later deprecations are not warnings.
        target_compile_definitions(${target} PRIVATE QT_DEPRECATED_WARNINGS_SINCE=0x060400)
    endif()
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
        if(DESKSIDE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
