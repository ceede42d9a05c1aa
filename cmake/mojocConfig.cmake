# mojocConfig.cmake: find_package(mojoc) support.
#
# Provides
#   mojoc::mojoc     the compiler (imported executable)
#   mojoc::runtime   the header-only runtime (INTERFACE: include dir, C++20, -ffp-contract=off)
#   mojoc_add_library(<target> <file.mojo>...)
#       runs `mojoc <file> --emit=cpp -o <build>/mojoc_gen/<target>` for each file
#       and builds the generated .cpp files into a STATIC library <target>.
#       Each file's C++ API is in namespace <file stem>, declared in <file stem>.hpp
#       (the generated directory is a PUBLIC include directory of <target>).
#
# Installed layout: <prefix>/bin/mojoc, <prefix>/include/mojoc/mojo/*.hpp,
# <prefix>/share/mojoc/stdlib, <prefix>/<libdir>/cmake/mojoc/mojocConfig.cmake.
include_guard(GLOBAL)

# Find the install prefix: the first ancestor of this file with bin/mojoc.
set(_mojoc_prefix "${CMAKE_CURRENT_LIST_DIR}")
foreach(_i RANGE 4)
  get_filename_component(_mojoc_prefix "${_mojoc_prefix}" DIRECTORY)
  if(EXISTS "${_mojoc_prefix}/bin/mojoc")
    break()
  endif()
endforeach()
if(NOT EXISTS "${_mojoc_prefix}/bin/mojoc")
  set(mojoc_FOUND FALSE)
  set(mojoc_NOT_FOUND_MESSAGE "mojoc: cannot find bin/mojoc above ${CMAKE_CURRENT_LIST_DIR}")
  return()
endif()

if(NOT TARGET mojoc::mojoc)
  add_executable(mojoc::mojoc IMPORTED)
  set_target_properties(mojoc::mojoc PROPERTIES IMPORTED_LOCATION "${_mojoc_prefix}/bin/mojoc")
endif()

if(NOT TARGET mojoc::runtime)
  add_library(mojoc::runtime INTERFACE IMPORTED)
  set_target_properties(mojoc::runtime PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_mojoc_prefix}/include/mojoc"
    INTERFACE_COMPILE_FEATURES cxx_std_20
    # a*b+c must stay two roundings to match Mojo bit for bit (DESIGN.md §5).
    INTERFACE_COMPILE_OPTIONS "-ffp-contract=off")
endif()

set(MOJOC_EXECUTABLE "${_mojoc_prefix}/bin/mojoc")
set(MOJOC_INCLUDE_DIR "${_mojoc_prefix}/include/mojoc")

function(mojoc_add_library target)
  if(ARGC LESS 2)
    message(FATAL_ERROR "mojoc_add_library(${target} ...): needs at least one .mojo file")
  endif()
  set(gen_dir "${CMAKE_CURRENT_BINARY_DIR}/mojoc_gen/${target}")
  set(sources "")
  foreach(src IN LISTS ARGN)
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_filename_component(stem "${abs}" NAME_WE)
    set(hpp "${gen_dir}/${stem}.hpp")
    set(cpp "${gen_dir}/${stem}.cpp")
    add_custom_command(
      OUTPUT "${hpp}" "${cpp}"
      COMMAND mojoc::mojoc "${abs}" --emit=cpp -o "${gen_dir}"
      DEPENDS "${abs}" mojoc::mojoc
      COMMENT "mojoc: ${src} -> ${stem}.hpp/.cpp"
      VERBATIM)
    list(APPEND sources "${cpp}")
  endforeach()
  add_library(${target} STATIC ${sources})
  target_link_libraries(${target} PUBLIC mojoc::runtime)
  target_include_directories(${target} PUBLIC "${gen_dir}")
endfunction()

set(mojoc_FOUND TRUE)
