// mojo/detail/float32_digits.hpp -- the decimal digits Mojo prints for a Float32.
//
// Mojo formats floats with its own port of the Dragonbox algorithm
// (std/builtin/_format_float.mojo). For Float64 that agrees with the
// shortest round-trip digits std::to_chars gives. For Float32 it does not
// always: in Dragonbox's last step ("is y an integer of the right parity?")
// Mojo's port passes the Float32 significand as a UInt64, which selects the
// Float64 branch of its parity helper, so the parity is computed against the
// Float64 power-of-ten table at the Float32 table's index. When that parity is
// wrong the last digit is off by one: Mojo prints Float32(458.3169629423159)
// as 458.31695 (the nearest shortest is 458.31696), and
// Float32(16.0) + Float32(2.539887046878098) as 18.539887. About 3% of random
// Float32 values print differently. This header reproduces that behaviour
// bit for bit, so our output matches real Mojo's; it is written from the
// published algorithm (Jeon, "Dragonbox", 2020) plus that one observed quirk.
//
// The two tables are ceil(10^k * 2^(bits-1-floor(log2(10^k)))), bits = 64 for
// k in [-31, 46] (Float32) and 128 for k in [-292, -215] (the first 78 Float64
// entries, the only ones the quirk can reach); tests/unit/test_runtime.cpp
// recomputes a few of them.
#pragma once

#include <cstdint>
#include <cstring>

namespace mojo::detail {

inline constexpr std::uint64_t kPow10CacheF32[78] = {
    0x81CEB32C4B43FCF5ULL, 0xA2425FF75E14FC32ULL, 0xCAD2F7F5359A3B3FULL,
    0xFD87B5F28300CA0EULL, 0x9E74D1B791E07E49ULL, 0xC612062576589DDBULL,
    0xF79687AED3EEC552ULL, 0x9ABE14CD44753B53ULL, 0xC16D9A0095928A28ULL,
    0xF1C90080BAF72CB2ULL, 0x971DA05074DA7BEFULL, 0xBCE5086492111AEBULL,
    0xEC1E4A7DB69561A6ULL, 0x9392EE8E921D5D08ULL, 0xB877AA3236A4B44AULL,
    0xE69594BEC44DE15CULL, 0x901D7CF73AB0ACDAULL, 0xB424DC35095CD810ULL,
    0xE12E13424BB40E14ULL, 0x8CBCCC096F5088CCULL, 0xAFEBFF0BCB24AAFFULL,
    0xDBE6FECEBDEDD5BFULL, 0x89705F4136B4A598ULL, 0xABCC77118461CEFDULL,
    0xD6BF94D5E57A42BDULL, 0x8637BD05AF6C69B6ULL, 0xA7C5AC471B478424ULL,
    0xD1B71758E219652CULL, 0x83126E978D4FDF3CULL, 0xA3D70A3D70A3D70BULL,
    0xCCCCCCCCCCCCCCCDULL, 0x8000000000000000ULL, 0xA000000000000000ULL,
    0xC800000000000000ULL, 0xFA00000000000000ULL, 0x9C40000000000000ULL,
    0xC350000000000000ULL, 0xF424000000000000ULL, 0x9896800000000000ULL,
    0xBEBC200000000000ULL, 0xEE6B280000000000ULL, 0x9502F90000000000ULL,
    0xBA43B74000000000ULL, 0xE8D4A51000000000ULL, 0x9184E72A00000000ULL,
    0xB5E620F480000000ULL, 0xE35FA931A0000000ULL, 0x8E1BC9BF04000000ULL,
    0xB1A2BC2EC5000000ULL, 0xDE0B6B3A76400000ULL, 0x8AC7230489E80000ULL,
    0xAD78EBC5AC620000ULL, 0xD8D726B7177A8000ULL, 0x878678326EAC9000ULL,
    0xA968163F0A57B400ULL, 0xD3C21BCECCEDA100ULL, 0x84595161401484A0ULL,
    0xA56FA5B99019A5C8ULL, 0xCECB8F27F4200F3AULL, 0x813F3978F8940985ULL,
    0xA18F07D736B90BE6ULL, 0xC9F2C9CD04674EDFULL, 0xFC6F7C4045812297ULL,
    0x9DC5ADA82B70B59EULL, 0xC5371912364CE306ULL, 0xF684DF56C3E01BC7ULL,
    0x9A130B963A6C115DULL, 0xC097CE7BC90715B4ULL, 0xF0BDC21ABB48DB21ULL,
    0x96769950B50D88F5ULL, 0xBC143FA4E250EB32ULL, 0xEB194F8E1AE525FEULL,
    0x92EFD1B8D0CF37BFULL, 0xB7ABC627050305AEULL, 0xE596B7B0C643C71AULL,
    0x8F7E32CE7BEA5C70ULL, 0xB35DBF821AE4F38CULL, 0xE0352F62A19E306FULL,
};
inline constexpr std::uint64_t kPow10CacheF64Head[78][2] = {
    {0xFF77B1FCBEBCDC4FULL, 0x25E8E89C13BB0F7BULL}, {0x9FAACF3DF73609B1ULL, 0x77B191618C54E9ADULL},
    {0xC795830D75038C1DULL, 0xD59DF5B9EF6A2418ULL}, {0xF97AE3D0D2446F25ULL, 0x4B0573286B44AD1EULL},
    {0x9BECCE62836AC577ULL, 0x4EE367F9430AEC33ULL}, {0xC2E801FB244576D5ULL, 0x229C41F793CDA740ULL},
    {0xF3A20279ED56D48AULL, 0x6B43527578C11110ULL}, {0x9845418C345644D6ULL, 0x830A13896B78AAAAULL},
    {0xBE5691EF416BD60CULL, 0x23CC986BC656D554ULL}, {0xEDEC366B11C6CB8FULL, 0x2CBFBE86B7EC8AA9ULL},
    {0x94B3A202EB1C3F39ULL, 0x7BF7D71432F3D6AAULL}, {0xB9E08A83A5E34F07ULL, 0xDAF5CCD93FB0CC54ULL},
    {0xE858AD248F5C22C9ULL, 0xD1B3400F8F9CFF69ULL}, {0x91376C36D99995BEULL, 0x23100809B9C21FA2ULL},
    {0xB58547448FFFFB2DULL, 0xABD40A0C2832A78BULL}, {0xE2E69915B3FFF9F9ULL, 0x16C90C8F323F516DULL},
    {0x8DD01FAD907FFC3BULL, 0xAE3DA7D97F6792E4ULL}, {0xB1442798F49FFB4AULL, 0x99CD11CFDF41779DULL},
    {0xDD95317F31C7FA1DULL, 0x40405643D711D584ULL}, {0x8A7D3EEF7F1CFC52ULL, 0x482835EA666B2573ULL},
    {0xAD1C8EAB5EE43B66ULL, 0xDA3243650005EED0ULL}, {0xD863B256369D4A40ULL, 0x90BED43E40076A83ULL},
    {0x873E4F75E2224E68ULL, 0x5A7744A6E804A292ULL}, {0xA90DE3535AAAE202ULL, 0x711515D0A205CB37ULL},
    {0xD3515C2831559A83ULL, 0x0D5A5B44CA873E04ULL}, {0x8412D9991ED58091ULL, 0xE858790AFE9486C3ULL},
    {0xA5178FFF668AE0B6ULL, 0x626E974DBE39A873ULL}, {0xCE5D73FF402D98E3ULL, 0xFB0A3D212DC81290ULL},
    {0x80FA687F881C7F8EULL, 0x7CE66634BC9D0B9AULL}, {0xA139029F6A239F72ULL, 0x1C1FFFC1EBC44E81ULL},
    {0xC987434744AC874EULL, 0xA327FFB266B56221ULL}, {0xFBE9141915D7A922ULL, 0x4BF1FF9F0062BAA9ULL},
    {0x9D71AC8FADA6C9B5ULL, 0x6F773FC3603DB4AAULL}, {0xC4CE17B399107C22ULL, 0xCB550FB4384D21D4ULL},
    {0xF6019DA07F549B2BULL, 0x7E2A53A146606A49ULL}, {0x99C102844F94E0FBULL, 0x2EDA7444CBFC426EULL},
    {0xC0314325637A1939ULL, 0xFA911155FEFB5309ULL}, {0xF03D93EEBC589F88ULL, 0x793555AB7EBA27CBULL},
    {0x96267C7535B763B5ULL, 0x4BC1558B2F3458DFULL}, {0xBBB01B9283253CA2ULL, 0x9EB1AAEDFB016F17ULL},
    {0xEA9C227723EE8BCBULL, 0x465E15A979C1CADDULL}, {0x92A1958A7675175FULL, 0x0BFACD89EC191ECAULL},
    {0xB749FAED14125D36ULL, 0xCEF980EC671F667CULL}, {0xE51C79A85916F484ULL, 0x82B7E12780E7401BULL},
    {0x8F31CC0937AE58D2ULL, 0xD1B2ECB8B0908811ULL}, {0xB2FE3F0B8599EF07ULL, 0x861FA7E6DCB4AA16ULL},
    {0xDFBDCECE67006AC9ULL, 0x67A791E093E1D49BULL}, {0x8BD6A141006042BDULL, 0xE0C8BB2C5C6D24E1ULL},
    {0xAECC49914078536DULL, 0x58FAE9F773886E19ULL}, {0xDA7F5BF590966848ULL, 0xAF39A475506A899FULL},
    {0x888F99797A5E012DULL, 0x6D8406C952429604ULL}, {0xAAB37FD7D8F58178ULL, 0xC8E5087BA6D33B84ULL},
    {0xD5605FCDCF32E1D6ULL, 0xFB1E4A9A90880A65ULL}, {0x855C3BE0A17FCD26ULL, 0x5CF2EEA09A550680ULL},
    {0xA6B34AD8C9DFC06FULL, 0xF42FAA48C0EA481FULL}, {0xD0601D8EFC57B08BULL, 0xF13B94DAF124DA27ULL},
    {0x823C12795DB6CE57ULL, 0x76C53D08D6B70859ULL}, {0xA2CB1717B52481EDULL, 0x54768C4B0C64CA6FULL},
    {0xCB7DDCDDA26DA268ULL, 0xA9942F5DCF7DFD0AULL}, {0xFE5D54150B090B02ULL, 0xD3F93B35435D7C4DULL},
    {0x9EFA548D26E5A6E1ULL, 0xC47BC5014A1A6DB0ULL}, {0xC6B8E9B0709F109AULL, 0x359AB6419CA1091CULL},
    {0xF867241C8CC6D4C0ULL, 0xC30163D203C94B63ULL}, {0x9B407691D7FC44F8ULL, 0x79E0DE63425DCF1EULL},
    {0xC21094364DFB5636ULL, 0x985915FC12F542E5ULL}, {0xF294B943E17A2BC4ULL, 0x3E6F5B7B17B2939EULL},
    {0x979CF3CA6CEC5B5AULL, 0xA705992CEECF9C43ULL}, {0xBD8430BD08277231ULL, 0x50C6FF782A838354ULL},
    {0xECE53CEC4A314EBDULL, 0xA4F8BF5635246429ULL}, {0x940F4613AE5ED136ULL, 0x871B7795E136BE9AULL},
    {0xB913179899F68584ULL, 0x28E2557B59846E40ULL}, {0xE757DD7EC07426E5ULL, 0x331AEADA2FE589D0ULL},
    {0x9096EA6F3848984FULL, 0x3FF0D2C85DEF7622ULL}, {0xB4BCA50B065ABE63ULL, 0x0FED077A756B53AAULL},
    {0xE1EBCE4DC7F16DFBULL, 0xD3E8495912C62895ULL}, {0x8D3360F09CF6E4BDULL, 0x64712DD7ABBBD95DULL},
    {0xB080392CC4349DECULL, 0xBD8D794D96AACFB4ULL}, {0xDCA04777F541C567ULL, 0xECF0D7A0FC5583A1ULL},
};

inline int floor_log10_pow2(int e) noexcept { return (e * 315653) >> 20; }
inline int floor_log2_pow10(int e) noexcept { return (e * 1741647) >> 19; }

// Parity of floor(two_f * 10^k * 2^beta) taken from the 128-bit Float64 table
// entry at `index` -- the Float64 branch Mojo's Float32 path ends up in.
inline bool f64_table_parity(std::uint64_t two_f, int index, int beta) noexcept {
    using u128 = unsigned __int128;
    const std::uint64_t hi = kPow10CacheF64Head[index][0], lo = kPow10CacheF64Head[index][1];
    // lower 128 bits of the 192-bit product two_f * (hi:lo)
    u128 high_low = u128(two_f) * lo;
    std::uint64_t r_high = two_f * hi + std::uint64_t(high_low >> 64);
    return ((r_high >> (64 - beta)) & 1) != 0;
}
inline bool f64_table_parity_or_integer(std::uint64_t two_f, int index, int beta) noexcept {
    using u128 = unsigned __int128;
    const std::uint64_t hi = kPow10CacheF64Head[index][0], lo = kPow10CacheF64Head[index][1];
    u128 high_low = u128(two_f) * lo;
    std::uint64_t r_high = two_f * hi + std::uint64_t(high_low >> 64);
    std::uint64_t r_low = std::uint64_t(high_low);
    bool parity = ((r_high >> (64 - beta)) & 1) != 0;
    bool integer = ((r_high << beta) | (r_low >> (64 - beta))) == 0;
    return parity || integer;
}

inline void remove_trailing_zeros(std::uint32_t& sig, int& exp) noexcept {
    while (sig != 0 && sig % 10 == 0) {
        sig /= 10;
        ++exp;
    }
}

// Decimal significand and exponent (value = sig * 10^exp) that Mojo prints
// for a finite, nonzero |v|.
inline void float32_decimal(float v, std::uint32_t& sig, int& exp) noexcept {
    constexpr int kSigBits = 23, kMinK = -31, kKappa = 1;
    std::uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    std::uint32_t fc = bits & 0x7FFFFFu;
    int binary_exp = int((bits >> 23) & 0xFFu);
    std::uint32_t two_fc = fc * 2;

    if (binary_exp != 0) {
        binary_exp += -127 - kSigBits;
        if (two_fc == 0) {
            // a power of two: the interval below is half as wide as above
            int minus_k = (binary_exp * 631305 - 261663) >> 21;
            int beta = binary_exp + floor_log2_pow10(-minus_k);
            std::uint64_t cache = kPow10CacheF32[-minus_k - kMinK];
            std::uint32_t xi = std::uint32_t((cache - (cache >> (kSigBits + 2))) >> (64 - kSigBits - 1 - beta));
            std::uint32_t zi = std::uint32_t((cache + (cache >> (kSigBits + 1))) >> (64 - kSigBits - 1 - beta));
            if (!(binary_exp >= 2 && binary_exp <= 3)) ++xi;  // left endpoint is not an integer
            sig = zi / 10;
            if (sig * 10 >= xi) {
                exp = minus_k + 1;
                remove_trailing_zeros(sig, exp);
                return;
            }
            sig = (std::uint32_t(cache >> (64 - kSigBits - 2 - beta)) + 1) / 2;
            if (sig < xi) ++sig;
            exp = minus_k;
            return;
        }
        two_fc |= std::uint32_t(1) << (kSigBits + 1);
    } else {
        binary_exp = -126 - kSigBits;  // subnormal
    }

    int minus_k = floor_log10_pow2(binary_exp) - kKappa;
    int beta = binary_exp + floor_log2_pow10(-minus_k);
    int index = -minus_k - kMinK;
    std::uint64_t cache = kPow10CacheF32[index];
    std::uint32_t deltai = std::uint32_t(cache >> (64 - 1 - beta));
    // z = (two_fc + 1) * 2^beta * 10^k, upper 32 bits of the 96-bit product
    std::uint32_t u = (two_fc | 1) << beta;
    std::uint64_t zr = std::uint64_t(u) * (cache >> 32) + ((std::uint64_t(u) * (cache & 0xFFFFFFFFu)) >> 32);
    std::uint32_t z = std::uint32_t(zr >> 32);

    // step 2: the larger divisor (10^(kappa+1) = 100)
    sig = z / 100;
    std::uint32_t r = z - 100 * sig;
    if (r < deltai || (r == deltai && f64_table_parity_or_integer(std::uint64_t(two_fc - 1), index, beta))) {
        exp = minus_k + kKappa + 1;
        remove_trailing_zeros(sig, exp);
        return;
    }
    // step 3: the smaller divisor (10)
    sig *= 10;
    std::uint32_t dist = r - (deltai / 2) + 5;
    bool approx_y_parity = ((dist ^ 5) & 1) != 0;
    std::uint32_t prod = dist * 6554u;
    bool divisible = (prod & 0xFFFFu) < 6554u;
    dist = prod >> 16;
    sig += dist;
    if (divisible && f64_table_parity(std::uint64_t(two_fc), index, beta) != approx_y_parity) --sig;
    exp = minus_k + kKappa;
}

}  // namespace mojo::detail
