// Edition detection: markers recorded by the parser + the --mojo-era flag.
//
//   let / inout / @value / fn / borrowed / owned / alias / @parameter  ⟶ legacy (25.x)
//   comptime / std. imports / capture lists / @fieldwise_init / deinit ⟶ modern (1.x)
//   nothing decisive                                                  ⟶ modern (the default)
#include "sema/edition.hpp"

#include <cstdlib>

namespace mojoc::sema {

namespace {
Edition legacy_edition(double version) {
  Edition e;
  e.legacy = true;
  e.def_raises = true;
  e.int_div_is_float = true;
  e.legacy_float_format = version > 0 && version <= 24.5;
  e.name = "legacy";
  return e;
}
}  // namespace

Edition decide_edition(const ast::EditionMarkers& m, const std::string& era) {
  if (era != "auto" && !era.empty()) {
    double v = std::atof(era.c_str());
    // 1.x and 26.2+ are modern; 24.x, 25.x and 26.0/26.1 are legacy.
    if (v >= 1.0 && v < 20.0) return Edition{};
    if (v >= 26.2) return Edition{};
    if (v > 0) return legacy_edition(v);
    if (era == "legacy") return legacy_edition(25.6);
    return Edition{};
  }
  int legacy = m.let + m.inout + m.value_decorator + m.fn + m.borrowed + m.owned + m.alias +
               m.parameter_decorator;
  int modern = m.comptime + m.std_import + m.capture_list + m.fieldwise_init + m.deinit;
  if (legacy > 0 && modern == 0) return legacy_edition(25.6);
  return Edition{};
}

}  // namespace mojoc::sema
