# Compiler settings shared by every target of the project: strict warnings, the Qt
# defines that forbid implicit conversions and deprecated API, and sanitizers on demand.
add_library(iroi_options INTERFACE)
target_compile_options(iroi_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Wunused
  -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2)
if(IROI_WERROR)
  target_compile_options(iroi_options INTERFACE -Werror)
endif()
target_compile_definitions(iroi_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_FOREACH
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  IROI_VERSION="${PROJECT_VERSION}")
if(IROI_SANITIZE)
  target_compile_options(iroi_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
  target_link_options(iroi_options INTERFACE -fsanitize=address,undefined)
endif()
