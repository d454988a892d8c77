// Kernels that reproduce NumPy's float64 np.exp and np.log bit for bit. On x86-64 machines
// without AVX512F, NumPy 2.4's DOUBLE_exp / DOUBLE_log (loops_exponent_log.dispatch.c.src) call
// the C library's exp and log element by element: glibc's FMA builds, ported in
// src/_core/umath/defs/libm_double.ts (`exp`, `log`, and `expFast`, `logFast`, which give the
// same bits with plain operations plus a rounding test). Each kernel writes the results of the
// elements it can vouch for and lists the indices of the others (i32, ascending); the
// TypeScript driver (src/_core/kernels/exact_explog.ts) recomputes exactly those with the scalar
// port. Every element's result depends on its own value alone.
//
// exp: expFast's steps on f64x2 lanes, operation for operation (IEEE double operations give
// the same bits in wasm as in JS), so a lane that passes expFast's tests holds glibc's result.
// The lanes that fail only the final rounding test (about 1.5%: glibc's fused steps could round
// the last bit either way) are recomputed in a second pass with glibc's steps and every fused
// multiply-add emulated exactly (`fmaV`: Dekker's product, TwoSum, and the low parts rounded to
// odd before the last rounding, as umath/defs/fma.ts does in scalar code). Listed for the
// scalar port: NaN, ±inf, |x| < 2^-54, x ≥ 709.7 and x ≤ −708.3 (overflow, subnormal results,
// underflow flags), and inputs whose k = round(x·128/ln 2) the unfused product could change.
// The second pass also takes 512 ≤ |x| inside that range, where glibc's last steps differ
// (its specialcase).
//
// log: logFast's steps on f64x2 lanes (r = RN(z·invc − 1) formed exactly with Dekker's
// product). A second pass takes x in [0.9375, 1.064697265625) (glibc's separate polynomial
// near 1, evaluated with plain operations and a rounding test of the same kind)
// and the lanes whose rounding is in doubt, which it recomputes with every fused step emulated
// exactly. Listed for the scalar port: zero, negative, subnormal, inf and NaN inputs.
//
// The later passes gather their elements' inputs, which the first pass leaves in o, through
// index lists stored after the scalar port's list: the second grows up from there and exp's
// third (512 ≤ |x|) down from 4n bytes further, so that all of them fit the driver's index area
// of 8 bytes per element.
//
// Checked against the scalar ports (exp, log of libm_double.ts) on 5·10^7 random inputs per
// function over every range (uniform in ±1, ±20, ±710, (0, 1), (0, 1000], near 1, log-uniform
// magnitudes, random bit patterns, the thresholds): no difference.

// ---- constants (libm_data.ts, libm_log_data.ts) ----
const INVLN2N: f64 = 184.6649652337873;
const SHIFT: f64 = 6755399441055744.0;
const NEGLN2HIN: f64 = -0.005415212348111709;
const NEGLN2LON: f64 = -1.2864023111638346e-14;
const EC2: f64 = 0.49999999999996786;
const EC3: f64 = 0.16666666666665886;
const EC4: f64 = 0.0416666808410674;
const EC5: f64 = 0.008333335853059549;
/**
 * Bound on |tmp' − tmp| (relative to scale) between our unfused tmp and glibc's fused one, per
 * lane: each fusion can move the rounded value it feeds by one ulp (≤ 2^-52 of it), in r, in
 * tail + r (when r moved), in the inner polynomial step u and in tmp; those values are below
 * 1.003·|r| + 2^-53 (|tail| < 2^-53), and the steps inside the polynomial (q23, q45, their
 * products) add below 2^-68. So |tmp' − tmp| ≤ 2^-50·1.003·|r| + 2^-67.9; the unformed error
 * of the product scale·tmp adds 2^-53·|tmp|·scale. Taken as (|r|·2^-49.5 + 2^-67)·scale, at most
 * expFast's 2^-58 (|r| < 2^-8.5). Measured: 3·10^6 inputs show a first difference from glibc
 * only with a bound 16 times smaller, none at 4 times smaller.
 */
const TMP_ERR_R: f64 = 1.2560739669470201e-15; // 2^-49.5
const TMP_ERR_0: f64 = 6.776263578034403e-21; // 2^-67
/** expFast's guard on k's rounding. */
const K_GUARD: f64 = 0.4999999990686774; // 0.5 − 2^-30
const TINY_X: f64 = 5.551115123125783e-17; // 2^-54
/**
 * The kernels' range for exp (inside glibc's overflow and subnormal-result limits 709.78 and
 * −708.39, so that every result they produce is finite and normal). For |x| ≥ 512 glibc takes
 * its specialcase (x ≤ −512: scaled by 2^1022, an unfused product): those lanes go to
 * expExactPass.
 */
const X_MAX: f64 = 709.7;
const X_MIN: f64 = -708.3;
const SPLIT: f64 = 134217729.0; // 2^27 + 1

const LN2HI: f64 = 0.6931471805598903;
const LN2LO: f64 = 5.497923018708371e-14;
const A0: f64 = -0.5000000000000001;
const A1: f64 = 0.33333333331825593;
const A2: f64 = -0.2499999999622955;
const A3: f64 = 0.20000304511814496;
const A4: f64 = -0.16667054827627667;
const LOG_S_ERR: f64 = 5.421010862427522e-20; // 2^-64
const DBL_MIN: f64 = 2.2250738585072014e-308;
const NEAR1_LO: f64 = 0.9375;
const NEAR1_HI: f64 = 1.064697265625;
const OFF: i64 = 0x3fe6000000000000;
// glibc's polynomial near 1 (LOG_POLY1)
const B0: f64 = -0.5;
const B1: f64 = 0.3333333333333352;
const B2: f64 = -0.24999999999998432;
const B3: f64 = 0.19999999999320328;
const B4: f64 = -0.16666666669929706;
const B5: f64 = 0.14285715076560868;
const B6: f64 = -0.12499997863982555;
const B7: f64 = 0.11110712032936046;
const B8: f64 = -0.10000486757818193;
const B9: f64 = 0.09181994006195467;
const B10: f64 = -0.08328363062289341;
/** Bound on |S' − S| near 1, over |r|³ and |r| (see logDeferredPass). */
const NEAR1_ERR3: f64 = 8.881784197001252e-16; // 2^-50
const NEAR1_ERR1: f64 = 2.6469779601696886e-23; // 2^-75

/** exp's table: entry i (16 bytes) holds the bits of tail and of 2^(i/128)'s scale. */
const EXP_T = memory.data<u64>([
  0x0000000000000000, 0x3ff0000000000000, 0x3c9b3b4f1a88bf6e, 0x3feff63da9fb3335,
  0xbc7160139cd8dc5d, 0x3fefec9a3e778061, 0xbc905e7a108766d1, 0x3fefe315e86e7f85,
  0x3c8cd2523567f613, 0x3fefd9b0d3158574, 0xbc8bce8023f98efa, 0x3fefd06b29ddf6de,
  0x3c60f74e61e6c861, 0x3fefc74518759bc8, 0x3c90a3e45b33d399, 0x3fefbe3ecac6f383,
  0x3c979aa65d837b6d, 0x3fefb5586cf9890f, 0x3c8eb51a92fdeffc, 0x3fefac922b7247f7,
  0x3c3ebe3d702f9cd1, 0x3fefa3ec32d3d1a2, 0xbc6a033489906e0b, 0x3fef9b66affed31b,
  0xbc9556522a2fbd0e, 0x3fef9301d0125b51, 0xbc5080ef8c4eea55, 0x3fef8abdc06c31cc,
  0xbc91c923b9d5f416, 0x3fef829aaea92de0, 0x3c80d3e3e95c55af, 0x3fef7a98c8a58e51,
  0xbc801b15eaa59348, 0x3fef72b83c7d517b, 0xbc8f1ff055de323d, 0x3fef6af9388c8dea,
  0x3c8b898c3f1353bf, 0x3fef635beb6fcb75, 0xbc96d99c7611eb26, 0x3fef5be084045cd4,
  0x3c9aecf73e3a2f60, 0x3fef54873168b9aa, 0xbc8fe782cb86389d, 0x3fef4d5022fcd91d,
  0x3c8a6f4144a6c38d, 0x3fef463b88628cd6, 0x3c807a05b0e4047d, 0x3fef3f49917ddc96,
  0x3c968efde3a8a894, 0x3fef387a6e756238, 0x3c875e18f274487d, 0x3fef31ce4fb2a63f,
  0x3c80472b981fe7f2, 0x3fef2b4565e27cdd, 0xbc96b87b3f71085e, 0x3fef24dfe1f56381,
  0x3c82f7e16d09ab31, 0x3fef1e9df51fdee1, 0xbc3d219b1a6fbffa, 0x3fef187fd0dad990,
  0x3c8b3782720c0ab4, 0x3fef1285a6e4030b, 0x3c6e149289cecb8f, 0x3fef0cafa93e2f56,
  0x3c834d754db0abb6, 0x3fef06fe0a31b715, 0x3c864201e2ac744c, 0x3fef0170fc4cd831,
  0x3c8fdd395dd3f84a, 0x3feefc08b26416ff, 0xbc86a3803b8e5b04, 0x3feef6c55f929ff1,
  0xbc924aedcc4b5068, 0x3feef1a7373aa9cb, 0xbc9907f81b512d8e, 0x3feeecae6d05d866,
  0xbc71d1e83e9436d2, 0x3feee7db34e59ff7, 0xbc991919b3ce1b15, 0x3feee32dc313a8e5,
  0x3c859f48a72a4c6d, 0x3feedea64c123422, 0xbc9312607a28698a, 0x3feeda4504ac801c,
  0xbc58a78f4817895b, 0x3feed60a21f72e2a, 0xbc7c2c9b67499a1b, 0x3feed1f5d950a897,
  0x3c4363ed60c2ac11, 0x3feece086061892d, 0x3c9666093b0664ef, 0x3feeca41ed1d0057,
  0x3c6ecce1daa10379, 0x3feec6a2b5c13cd0, 0x3c93ff8e3f0f1230, 0x3feec32af0d7d3de,
  0x3c7690cebb7aafb0, 0x3feebfdad5362a27, 0x3c931dbdeb54e077, 0x3feebcb299fddd0d,
  0xbc8f94340071a38e, 0x3feeb9b2769d2ca7, 0xbc87deccdc93a349, 0x3feeb6daa2cf6642,
  0xbc78dec6bd0f385f, 0x3feeb42b569d4f82, 0xbc861246ec7b5cf6, 0x3feeb1a4ca5d920f,
  0x3c93350518fdd78e, 0x3feeaf4736b527da, 0x3c7b98b72f8a9b05, 0x3feead12d497c7fd,
  0x3c9063e1e21c5409, 0x3feeab07dd485429, 0x3c34c7855019c6ea, 0x3feea9268a5946b7,
  0x3c9432e62b64c035, 0x3feea76f15ad2148, 0xbc8ce44a6199769f, 0x3feea5e1b976dc09,
  0xbc8c33c53bef4da8, 0x3feea47eb03a5585, 0xbc845378892be9ae, 0x3feea34634ccc320,
  0xbc93cedd78565858, 0x3feea23882552225, 0x3c5710aa807e1964, 0x3feea155d44ca973,
  0xbc93b3efbf5e2228, 0x3feea09e667f3bcd, 0xbc6a12ad8734b982, 0x3feea012750bdabf,
  0xbc6367efb86da9ee, 0x3fee9fb23c651a2f, 0xbc80dc3d54e08851, 0x3fee9f7df9519484,
  0xbc781f647e5a3ecf, 0x3fee9f75e8ec5f74, 0xbc86ee4ac08b7db0, 0x3fee9f9a48a58174,
  0xbc8619321e55e68a, 0x3fee9feb564267c9, 0x3c909ccb5e09d4d3, 0x3feea0694fde5d3f,
  0xbc7b32dcb94da51d, 0x3feea11473eb0187, 0x3c94ecfd5467c06b, 0x3feea1ed0130c132,
  0x3c65ebe1abd66c55, 0x3feea2f336cf4e62, 0xbc88a1c52fb3cf42, 0x3feea427543e1a12,
  0xbc9369b6f13b3734, 0x3feea589994cce13, 0xbc805e843a19ff1e, 0x3feea71a4623c7ad,
  0xbc94d450d872576e, 0x3feea8d99b4492ed, 0x3c90ad675b0e8a00, 0x3feeaac7d98a6699,
  0x3c8db72fc1f0eab4, 0x3feeace5422aa0db, 0xbc65b6609cc5e7ff, 0x3feeaf3216b5448c,
  0x3c7bf68359f35f44, 0x3feeb1ae99157736, 0xbc93091fa71e3d83, 0x3feeb45b0b91ffc6,
  0xbc5da9b88b6c1e29, 0x3feeb737b0cdc5e5, 0xbc6c23f97c90b959, 0x3feeba44cbc8520f,
  0xbc92434322f4f9aa, 0x3feebd829fde4e50, 0xbc85ca6cd7668e4b, 0x3feec0f170ca07ba,
  0x3c71affc2b91ce27, 0x3feec49182a3f090, 0x3c6dd235e10a73bb, 0x3feec86319e32323,
  0xbc87c50422622263, 0x3feecc667b5de565, 0x3c8b1c86e3e231d5, 0x3feed09bec4a2d33,
  0xbc91bbd1d3bcbb15, 0x3feed503b23e255d, 0x3c90cc319cee31d2, 0x3feed99e1330b358,
  0x3c8469846e735ab3, 0x3feede6b5579fdbf, 0xbc82dfcd978e9db4, 0x3feee36bbfd3f37a,
  0x3c8c1a7792cb3387, 0x3feee89f995ad3ad, 0xbc907b8f4ad1d9fa, 0x3feeee07298db666,
  0xbc55c3d956dcaeba, 0x3feef3a2b84f15fb, 0xbc90a40e3da6f640, 0x3feef9728de5593a,
  0xbc68d6f438ad9334, 0x3feeff76f2fb5e47, 0xbc91eee26b588a35, 0x3fef05b030a1064a,
  0x3c74ffd70a5fddcd, 0x3fef0c1e904bc1d2, 0xbc91bdfbfa9298ac, 0x3fef12c25bd71e09,
  0x3c736eae30af0cb3, 0x3fef199bdd85529c, 0x3c8ee3325c9ffd94, 0x3fef20ab5fffd07a,
  0x3c84e08fd10959ac, 0x3fef27f12e57d14b, 0x3c63cdaf384e1a67, 0x3fef2f6d9406e7b5,
  0x3c676b2c6c921968, 0x3fef3720dcef9069, 0xbc808a1883ccb5d2, 0x3fef3f0b555dc3fa,
  0xbc8fad5d3ffffa6f, 0x3fef472d4a07897c, 0xbc900dae3875a949, 0x3fef4f87080d89f2,
  0x3c74a385a63d07a7, 0x3fef5818dcfba487, 0xbc82919e2040220f, 0x3fef60e316c98398,
  0x3c8e5a50d5c192ac, 0x3fef69e603db3285, 0x3c843a59ac016b4b, 0x3fef7321f301b460,
  0xbc82d52107b43e1f, 0x3fef7c97337b9b5f, 0xbc892ab93b470dc9, 0x3fef864614f5a129,
  0x3c74b604603a88d3, 0x3fef902ee78b3ff6, 0x3c83c5ec519d7271, 0x3fef9a51fbc74c83,
  0xbc8ff7128fd391f0, 0x3fefa4afa2a490da, 0xbc8dae98e223747d, 0x3fefaf482d8e67f1,
  0x3c8ec3bc41aa2008, 0x3fefba1bee615a27, 0x3c842b94c3a9eb32, 0x3fefc52b376bba97,
  0x3c8a64a931d185ee, 0x3fefd0765b6e4540, 0xbc8e37bae43be3ed, 0x3fefdbfdad9cbe14,
  0x3c77893b4d91cd9d, 0x3fefe7c1819e90d8, 0x3c5305c14160cc89, 0x3feff3c22b8f71f1,
], 16);
/** log's table: entry i (32 bytes) holds invc, logc and invc's Veltkamp halves (26 + 27 bits). */
const LOG_T = memory.data<u64>([
  0x3ff734f0c3e0de9f, 0xbfd7cc7f79e69000, 0x3ff734f0c0000000, 0x3e4f06f4f8000000,
  0x3ff713786a2ce91f, 0xbfd76feec20d0000, 0x3ff7137868000000, 0x3e416748f8000000,
  0x3ff6f26008fab5a0, 0xbfd713e31351e000, 0x3ff6f26008000000, 0x3e2f56b400000000,
  0x3ff6d1a61f138c7d, 0xbfd6b85b38287800, 0x3ff6d1a620000000, 0xbe2d8e7060000000,
  0x3ff6b1490bc5b4d1, 0xbfd65d5590807800, 0x3ff6b14908000000, 0x3e4e2da688000000,
  0x3ff69147332f0cba, 0xbfd602d076180000, 0x3ff6914730000000, 0x3e497865d0000000,
  0x3ff6719f18224223, 0xbfd5a8ca86909000, 0x3ff6719f18000000, 0x3e01211180000000,
  0x3ff6524f99a51ed9, 0xbfd54f4356035000, 0x3ff6524f98000000, 0x3e3a51ed90000000,
  0x3ff63356aa8f24c4, 0xbfd4f637c36b4000, 0x3ff63356a8000000, 0x3e44792620000000,
  0x3ff614b36b9ddc14, 0xbfd49da7fda85000, 0x3ff614b368000000, 0x3e4ceee0a0000000,
  0x3ff5f66452c65c4c, 0xbfd445923989a800, 0x3ff5f66450000000, 0x3e4632e260000000,
  0x3ff5d867b5912c4f, 0xbfd3edf439b0b800, 0x3ff5d867b8000000, 0xbe43769d88000000,
  0x3ff5babccb5b90de, 0xbfd396ce448f7000, 0x3ff5babcc8000000, 0x3e4adc86f0000000,
  0x3ff59d61f2d91a78, 0xbfd3401e17bda000, 0x3ff59d61f0000000, 0x3e46c8d3c0000000,
  0x3ff5805612465687, 0xbfd2e9e2ef468000, 0x3ff5805610000000, 0x3e4232b438000000,
  0x3ff56397cee76bd3, 0xbfd2941b3830e000, 0x3ff56397d0000000, 0xbe318942d0000000,
  0x3ff54725e2a77f93, 0xbfd23ec58cda8800, 0x3ff54725e0000000, 0x3e453bfc98000000,
  0x3ff52aff42064583, 0xbfd1e9e129279000, 0x3ff52aff40000000, 0x3e40322c18000000,
  0x3ff50f22dbb2bddf, 0xbfd1956d2b48f800, 0x3ff50f22d8000000, 0x3e4d95eef8000000,
  0x3ff4f38f4734ded7, 0xbfd141679ab9f800, 0x3ff4f38f48000000, 0xbe29642520000000,
  0x3ff4d843cfde2840, 0xbfd0edd094ef9800, 0x3ff4d843d0000000, 0xbe00ebe000000000,
  0x3ff4bd3ec078a3c8, 0xbfd09aa518db1000, 0x3ff4bd3ec0000000, 0x3e1e28f200000000,
  0x3ff4a27fc3e0258a, 0xbfd047e65263b800, 0x3ff4a27fc0000000, 0x3e4f012c50000000,
  0x3ff4880524d48434, 0xbfcfeb224586f000, 0x3ff4880528000000, 0xbe495bde60000000,
  0x3ff46dce1b192d0b, 0xbfcf474a7517b000, 0x3ff46dce18000000, 0x3e48c96858000000,
  0x3ff453d9d3391854, 0xbfcea4443d103000, 0x3ff453d9d0000000, 0x3e49c8c2a0000000,
  0x3ff43a2744b4845a, 0xbfce020d44e9b000, 0x3ff43a2748000000, 0xbe4a5bdd30000000,
  0x3ff420b54115f8fb, 0xbfcd60a22977f000, 0x3ff420b540000000, 0x3e315f8fb0000000,
  0x3ff40782da3ef4b1, 0xbfccc00104959000, 0x3ff40782d8000000, 0x3e41f7a588000000,
  0x3ff3ee8f5d57fe8f, 0xbfcc202956891000, 0x3ff3ee8f60000000, 0xbe45400b88000000,
  0x3ff3d5d9a00b4ce9, 0xbfcb81178d811000, 0x3ff3d5d9a0000000, 0x3de699d200000000,
  0x3ff3bd60c010c12b, 0xbfcae2c9ccd3d000, 0x3ff3bd60c0000000, 0x3df0c12b00000000,
  0x3ff3a5242b75dab8, 0xbfca45402e129000, 0x3ff3a52428000000, 0x3e4baed5c0000000,
  0x3ff38d22cd9fd002, 0xbfc9a877681df000, 0x3ff38d22d0000000, 0xbe43017ff0000000,
  0x3ff3755bc5847a1c, 0xbfc90c6d69483000, 0x3ff3755bc8000000, 0xbe43dc2f20000000,
  0x3ff35dce49ad36e2, 0xbfc87120a645c000, 0x3ff35dce48000000, 0x3e3ad36e20000000,
  0x3ff34679984dd440, 0xbfc7d68fb4143000, 0x3ff3467998000000, 0x3e13751000000000,
  0x3ff32f5cceffcb24, 0xbfc73cb83c627000, 0x3ff32f5cd0000000, 0xbe30034dc0000000,
  0x3ff3187775a10d49, 0xbfc6a39a9b376000, 0x3ff3187778000000, 0xbe42f795b8000000,
  0x3ff301c8373e3990, 0xbfc60b3154b7a000, 0x3ff301c838000000, 0xbe2838ce00000000,
  0x3ff2eb4ebb95f841, 0xbfc5737d76243000, 0x3ff2eb4eb8000000, 0x3e4cafc208000000,
  0x3ff2d50a0219a9d1, 0xbfc4dc7b8fc23000, 0x3ff2d50a00000000, 0x3e40cd4e88000000,
  0x3ff2bef9a8b7fd2a, 0xbfc4462c51d20000, 0x3ff2bef9a8000000, 0x3e26ffa540000000,
  0x3ff2a91c7a0c1bab, 0xbfc3b08abc830000, 0x3ff2a91c78000000, 0x3e4060dd58000000,
  0x3ff293726014b530, 0xbfc31b996b490000, 0x3ff2937260000000, 0x3df4b53000000000,
  0x3ff27dfa5757a1f5, 0xbfc2875490a44000, 0x3ff27dfa58000000, 0xbe250bc160000000,
  0x3ff268b39b1d3bbf, 0xbfc1f3b9f879a000, 0x3ff268b398000000, 0x3e48e9ddf8000000,
  0x3ff2539d838ff5bd, 0xbfc160c8252ca000, 0x3ff2539d80000000, 0x3e4c7fade8000000,
  0x3ff23eb7aac9083b, 0xbfc0ce7f57f72000, 0x3ff23eb7a8000000, 0x3e464841d8000000,
  0x3ff22a012ba940b6, 0xbfc03cdc49fea000, 0x3ff22a0128000000, 0x3e4d4a05b0000000,
  0x3ff2157996cc4132, 0xbfbf57bdbc4b8000, 0x3ff2157998000000, 0xbe333bece0000000,
  0x3ff201201dd2fc9b, 0xbfbe370896404000, 0x3ff2012020000000, 0xbe41681b28000000,
  0x3ff1ecf4494d480b, 0xbfbd17983ef94000, 0x3ff1ecf448000000, 0x3e34d480b0000000,
  0x3ff1d8f5528f6569, 0xbfbbf9674ed8a000, 0x3ff1d8f550000000, 0x3e447b2b48000000,
  0x3ff1c52311577e7c, 0xbfbadc79202f6000, 0x3ff1c52310000000, 0x3e3577e7c0000000,
  0x3ff1b17c74cb26e9, 0xbfb9c0c3e7288000, 0x3ff1b17c78000000, 0xbe49a6c8b8000000,
  0x3ff19e010c2c1ab6, 0xbfb8a646b372c000, 0x3ff19e0110000000, 0xbe4e9f2a50000000,
  0x3ff18ab07bb670bd, 0xbfb78d01b3ac0000, 0x3ff18ab078000000, 0x3e4db385e8000000,
  0x3ff1778a25efbcb6, 0xbfb674f145380000, 0x3ff1778a28000000, 0xbe40821a50000000,
  0x3ff1648d354c31da, 0xbfb55e0e6d878000, 0x3ff1648d38000000, 0xbe459e7130000000,
  0x3ff151b990275fdd, 0xbfb4485cdea1e000, 0x3ff151b990000000, 0x3e03afee80000000,
  0x3ff13f0ea432d24c, 0xbfb333d94d6aa000, 0x3ff13f0ea8000000, 0xbe4e696da0000000,
  0x3ff12c8b7210f9da, 0xbfb22079f8c56000, 0x3ff12c8b70000000, 0x3e4087ced0000000,
  0x3ff11a3028ecb531, 0xbfb10e4698622000, 0x3ff11a3028000000, 0x3e2d96a620000000,
  0x3ff107fbda8434af, 0xbfaffa6c6ad20000, 0x3ff107fbd8000000, 0x3e4421a578000000,
  0x3ff0f5ee0f4e6bb3, 0xbfadda8d4a774000, 0x3ff0f5ee10000000, 0xbe263289a0000000,
  0x3ff0e4065d2a9fce, 0xbfabbcece4850000, 0x3ff0e40660000000, 0xbe46ab0190000000,
  0x3ff0d244632ca521, 0xbfa9a1894012c000, 0x3ff0d24460000000, 0x3e49652908000000,
  0x3ff0c0a77ce2981a, 0xbfa788583302c000, 0x3ff0c0a780000000, 0xbe48eb3f30000000,
  0x3ff0af2f83c636d1, 0xbfa5715e67d68000, 0x3ff0af2f80000000, 0x3e4e31b688000000,
  0x3ff09ddb98a01339, 0xbfa35c8a49658000, 0x3ff09ddb98000000, 0x3e24026720000000,
  0x3ff08cabaf52e7df, 0xbfa149e364154000, 0x3ff08cabb0000000, 0xbe25a30420000000,
  0x3ff07b9f2f4e28fb, 0xbf9e72c082eb8000, 0x3ff07b9f30000000, 0xbe263ae0a0000000,
  0x3ff06ab58c358f19, 0xbf9a55f152528000, 0x3ff06ab590000000, 0xbe4e538738000000,
  0x3ff059eea5ecf92c, 0xbf963d62cf818000, 0x3ff059eea8000000, 0xbe409836a0000000,
  0x3ff04949cdd12c90, 0xbf9228fb8caa0000, 0x3ff04949d0000000, 0xbe41769b80000000,
  0x3ff038c6c6f0ada9, 0xbf8c317b20f90000, 0x3ff038c6c8000000, 0xbe30f52570000000,
  0x3ff02865137932a9, 0xbf8419355daa0000, 0x3ff0286510000000, 0x3e4bc99548000000,
  0x3ff0182427ea7348, 0xbf781203c2ec0000, 0x3ff0182428000000, 0xbdf58cb800000000,
  0x3ff008040614b195, 0xbf60040979240000, 0x3ff0080408000000, 0xbe3eb4e6b0000000,
  0x3fefe01ff726fa1a, 0x3f6feff384900000, 0x3fefe01ff8000000, 0xbe1b20bcc0000000,
  0x3fefa11cc261ea74, 0x3f87dc41353d0000, 0x3fefa11cc0000000, 0x3e330f53a0000000,
  0x3fef6310b081992e, 0x3f93cea3c4c28000, 0x3fef6310b0000000, 0x3e103325c0000000,
  0x3fef25f63ceeadcd, 0x3f9b9fc114890000, 0x3fef25f640000000, 0xbe388a9198000000,
  0x3feee9c8039113e7, 0x3fa1b0d8ce110000, 0x3feee9c800000000, 0x3e3c889f38000000,
  0x3feeae8078cbb1ab, 0x3fa58a5bd001c000, 0x3feeae8078000000, 0x3e19763560000000,
  0x3fee741aa29d0c9b, 0x3fa95c8340d88000, 0x3fee741aa0000000, 0x3e34e864d8000000,
  0x3fee3a91830a99b5, 0x3fad276aef578000, 0x3fee3a9180000000, 0x3e3854cda8000000,
  0x3fee01e009609a56, 0x3fb07598e598c000, 0x3fee01e008000000, 0x3e2609a560000000,
  0x3fedca01e577bb98, 0x3fb253f5e30d2000, 0x3fedca01e8000000, 0xbe34422340000000,
  0x3fed92f20b7c9103, 0x3fb42edd8b380000, 0x3fed92f208000000, 0x3e3be48818000000,
  0x3fed5cac66fb5cce, 0x3fb606598757c000, 0x3fed5cac68000000, 0xbe204a3320000000,
  0x3fed272caa5ede9d, 0x3fb7da76356a0000, 0x3fed272ca8000000, 0x3e32f6f4e8000000,
  0x3fecf26e3e6b2ccd, 0x3fb9ab434e1c6000, 0x3fecf26e40000000, 0xbe294d3330000000,
  0x3fecbe6da2a77902, 0x3fbb78c7bb0d6000, 0x3fecbe6da0000000, 0x3e353bc810000000,
  0x3fec8b266d37086d, 0x3fbd431332e72000, 0x3fec8b2670000000, 0xbe3647bc98000000,
  0x3fec5894bd5d5804, 0x3fbf0a3171de6000, 0x3fec5894c0000000, 0xbe35153fe0000000,
  0x3fec26b533bb9f8c, 0x3fc067152b914000, 0x3fec26b530000000, 0x3e3ddcfc60000000,
  0x3febf583eeece73f, 0x3fc147858292b000, 0x3febf583f0000000, 0xbe21318c10000000,
  0x3febc4fd75db96c1, 0x3fc2266ecdca3000, 0x3febc4fd78000000, 0xbe312349f8000000,
  0x3feb951e0c864a28, 0x3fc303d7a6c55000, 0x3feb951e10000000, 0xbe3bcdaec0000000,
  0x3feb65e2c5ef3e2c, 0x3fc3dfc33c331000, 0x3feb65e2c8000000, 0xbe30860ea0000000,
  0x3feb374867c9888b, 0x3fc4ba366b7a8000, 0x3feb374868000000, 0xbdfb3bba80000000,
  0x3feb094b211d304a, 0x3fc5933928d1f000, 0x3feb094b20000000, 0x3e21d304a0000000,
  0x3feadbe885f2ef7e, 0x3fc66acd2418f000, 0x3feadbe888000000, 0xbe30688410000000,
  0x3feaaf1d31603da2, 0x3fc740f8ec669000, 0x3feaaf1d30000000, 0x3e2603da20000000,
  0x3fea82e63fd358a7, 0x3fc815c0f51af000, 0x3fea82e640000000, 0xbdf653ac80000000,
  0x3fea5740ef09738b, 0x3fc8e92954f68000, 0x3fea5740f0000000, 0xbe1ed18ea0000000,
  0x3fea2c2a90ab4b27, 0x3fc9bb3602f84000, 0x3fea2c2a90000000, 0x3e156964e0000000,
  0x3fea01a01393f2d1, 0x3fca8bed1c2c0000, 0x3fea01a010000000, 0x3e3c9f9688000000,
  0x3fe9d79f24db3c1b, 0x3fcb5b515c01d000, 0x3fe9d79f28000000, 0xbe39261f28000000,
  0x3fe9ae2505c7b190, 0x3fcc2967ccbcc000, 0x3fe9ae2508000000, 0xbe31c27380000000,
  0x3fe9852ef297ce2f, 0x3fccf635d5486000, 0x3fe9852ef0000000, 0x3e34be7178000000,
  0x3fe95cbaeea44b75, 0x3fcdc1bd3446c000, 0x3fe95cbaf0000000, 0xbe25bb48b0000000,
  0x3fe934c69de74838, 0x3fce8c01b8cfe000, 0x3fe934c6a0000000, 0xbe30c5be40000000,
  0x3fe90d4f2f6752e6, 0x3fcf5509c0179000, 0x3fe90d4f30000000, 0xbe1315a340000000,
  0x3fe8e6528effd79d, 0x3fd00e6c121fb800, 0x3fe8e65290000000, 0xbe20028630000000,
  0x3fe8bfce9fcc007c, 0x3fd071b80e93d000, 0x3fe8bfcea0000000, 0xbdf9ffc200000000,
  0x3fe899c0dabec30e, 0x3fd0d46b9e867000, 0x3fe899c0d8000000, 0x3e35f61870000000,
  0x3fe87427aa2317fb, 0x3fd13687334bd000, 0x3fe87427a8000000, 0x3e3118bfd8000000,
  0x3fe84f00acb39a08, 0x3fd1980d67234800, 0x3fe84f00b0000000, 0xbe3a632fc0000000,
  0x3fe82a49e8653e55, 0x3fd1f8ffe0cc8000, 0x3fe82a49e8000000, 0x3e094f9540000000,
  0x3fe8060195f40260, 0x3fd2595fd7636800, 0x3fe8060198000000, 0xbe305fed00000000,
  0x3fe7e22563e0a329, 0x3fd2b9300914a800, 0x3fe7e22560000000, 0x3e3f051948000000,
  0x3fe7beb377dcb5ad, 0x3fd3187210436000, 0x3fe7beb378000000, 0xbdf1a52980000000,
  0x3fe79baa679725c2, 0x3fd377266dec1800, 0x3fe79baa68000000, 0xbe0a368f80000000,
  0x3fe77907f2170657, 0x3fd3d54ffbaf3000, 0x3fe77907f0000000, 0x3e30b832b8000000,
  0x3fe756cadbd6130c, 0x3fd432eee32fe000, 0x3fe756cad8000000, 0x3e3eb09860000000,
], 16);

/** A splatted constant from static memory (one load; a v128.const costs V8 several instructions). */
@inline function ld(p: usize): v128 {
  return v128.load64_splat(p);
}

// The constants as static data, for `ld`.
const C_0 = memory.data<f64>([0]);
const C_TWO27 = memory.data<f64>([134217728.0]);
const C_ONE = memory.data<f64>([1.0]);
const C_NEG512 = memory.data<f64>([-512.0]);
const C_512 = memory.data<f64>([512.0]);
const C_TWO1009 = memory.data<f64>([5.486124068793689e+303]);
const C_XMAX = memory.data<f64>([X_MAX]);
const C_XMIN = memory.data<f64>([X_MIN]);
const C_A0 = memory.data<f64>([A0]);
const C_A1 = memory.data<f64>([A1]);
const C_A2 = memory.data<f64>([A2]);
const C_A3 = memory.data<f64>([A3]);
const C_A4 = memory.data<f64>([A4]);
const C_B0 = memory.data<f64>([B0]);
const C_B1 = memory.data<f64>([B1]);
const C_B10 = memory.data<f64>([B10]);
const C_B2 = memory.data<f64>([B2]);
const C_B3 = memory.data<f64>([B3]);
const C_B4 = memory.data<f64>([B4]);
const C_B5 = memory.data<f64>([B5]);
const C_B6 = memory.data<f64>([B6]);
const C_B7 = memory.data<f64>([B7]);
const C_B8 = memory.data<f64>([B8]);
const C_B9 = memory.data<f64>([B9]);
const C_DBL_MIN = memory.data<f64>([DBL_MIN]);
const C_EC2 = memory.data<f64>([EC2]);
const C_EC3 = memory.data<f64>([EC3]);
const C_EC4 = memory.data<f64>([EC4]);
const C_EC5 = memory.data<f64>([EC5]);
const C_INFINITY = memory.data<f64>([Infinity]);
const C_INVLN2N = memory.data<f64>([INVLN2N]);
const C_K_GUARD = memory.data<f64>([K_GUARD]);
const C_LN2HI = memory.data<f64>([LN2HI]);
const C_LN2LO = memory.data<f64>([LN2LO]);
const C_LOG_S_ERR = memory.data<f64>([LOG_S_ERR]);
const C_NEAR1_ERR1 = memory.data<f64>([NEAR1_ERR1]);
const C_NEAR1_ERR3 = memory.data<f64>([NEAR1_ERR3]);
const C_NEAR1_HI = memory.data<f64>([NEAR1_HI]);
const C_NEAR1_LO = memory.data<f64>([NEAR1_LO]);
const C_NEGLN2HIN = memory.data<f64>([NEGLN2HIN]);
const C_NEGLN2LON = memory.data<f64>([NEGLN2LON]);
const C_SHIFT = memory.data<f64>([SHIFT]);
const C_SPLIT = memory.data<f64>([SPLIT]);
const C_TINY_X = memory.data<f64>([TINY_X]);
const C_TMP_ERR_R = memory.data<f64>([TMP_ERR_R]);
const C_TMP_ERR_0 = memory.data<f64>([TMP_ERR_0]);
const I_0 = memory.data<i64>([0]);
const I_EXP_MASK = memory.data<i64>([<i64>0xfff << 52]);
const I_1 = memory.data<i64>([1]);
const I_127 = memory.data<i64>([127]);
const I_OFF = memory.data<i64>([OFF]);
const I_E1022 = memory.data<i64>([<i64>1022 << 52]);
const I_E1009 = memory.data<i64>([<i64>1009 << 52]);

/** The exact error a·b − p of p = RN(a·b) (Dekker; operands well inside the normal range). */
@inline function prodErr(a: v128, b: v128, p: v128): v128 {
  let t = f64x2.mul(ld(C_SPLIT), a);
  const ah = f64x2.sub(t, f64x2.sub(t, a));
  const al = f64x2.sub(a, ah);
  t = f64x2.mul(ld(C_SPLIT), b);
  const bh = f64x2.sub(t, f64x2.sub(t, b));
  const bl = f64x2.sub(b, bh);
  // al·bl − (p − ah·bh − al·bh − ah·bl), in this order (productError in fma.ts)
  return f64x2.sub(
    f64x2.mul(al, bl),
    f64x2.sub(f64x2.sub(f64x2.sub(p, f64x2.mul(ah, bh)), f64x2.mul(al, bh)), f64x2.mul(ah, bl)),
  );
}

/** prodErr with b's Veltkamp halves bh + bl given. */
@inline function prodErrSplit(a: v128, bh: v128, bl: v128, p: v128): v128 {
  const t = f64x2.mul(ld(C_SPLIT), a);
  const ah = f64x2.sub(t, f64x2.sub(t, a));
  const al = f64x2.sub(a, ah);
  return f64x2.sub(
    f64x2.mul(al, bl),
    f64x2.sub(f64x2.sub(f64x2.sub(p, f64x2.mul(ah, bh)), f64x2.mul(al, bh)), f64x2.mul(ah, bl)),
  );
}

/**
 * fma(a, b, c) on both lanes, exactly (values and products in the normal range, finite): the
 * exact product ph + pl, the exact sum c + ph = uh + ul, then RN(uh + RO(ul + pl)) with RO
 * rounding to odd (Boldo and Melquiond), which is the correctly rounded a·b + c.
 */
@inline function fmaV(a: v128, b: v128, c: v128): v128 {
  const p = f64x2.mul(a, b);
  const pl = prodErr(a, b, p);
  const uh = f64x2.add(c, p);
  const bb = f64x2.sub(uh, c);
  const ul = f64x2.add(f64x2.sub(c, f64x2.sub(uh, bb)), f64x2.sub(p, bb));
  const v = f64x2.add(ul, pl);
  const vb = f64x2.sub(v, ul);
  const e = f64x2.add(f64x2.sub(ul, f64x2.sub(v, vb)), f64x2.sub(pl, vb));
  // RO: an inexact v with an even last bit moves one ulp towards the exact sum (its bit
  // pattern +1 when e has v's sign, −1 otherwise).
  const even = i64x2.eq(v128.and(v, ld(I_1)), ld(I_0));
  const adj = v128.and(v128.and(f64x2.ne(e, ld(C_0)), even), v128.or(i64x2.shr_s(v128.xor(v, e), 63), ld(I_1)));
  return f64x2.add(uh, i64x2.add(v, adj));
}

/** Table entry i (16 bytes) of tab. */
@inline function entry(tab: usize, i: i64): v128 {
  return v128.load(tab + (<usize>(<u32>i) << 4));
}

/** The two halves (16 bytes at offset off) of log's table entry i (32 bytes). */
@inline function logEntry(i: i64, off: usize): v128 {
  return v128.load(LOG_T + (<usize>(<u32>i) << 5) + off);
}

/** The address in o of the element whose index is entry i of list. */
@inline function slot(o: usize, list: usize, i: i32): usize {
  return o + (<usize>load<i32>(list + (<usize>i << 2)) << 3);
}

/** The doubles at p and q as one vector. */
@inline function gather(p: usize, q: usize): v128 {
  return v128.load64_lane(q, v128.load64_zero(p), 1);
}

/** The lanes of y to p and q. */
@inline function scatter(p: usize, q: usize, y: v128): void {
  v128.store64_lane(p, y, 0);
  v128.store64_lane(q, y, 1);
}

/** Append the flagged lanes (i64 masks) of the double pair at element j to idx; the new count. */
@inline function push2(idx: usize, cnt: i32, bad: v128, j: i32, n: i32): i32 {
  if (!v128.any_true(bad)) return cnt;
  if (i64x2.extract_lane(bad, 0) != 0 && j < n) {
    store<i32>(idx + (<usize>cnt << 2), j);
    cnt++;
  }
  if (i64x2.extract_lane(bad, 1) != 0 && j + 1 < n) {
    store<i32>(idx + (<usize>cnt << 2), j + 1);
    cnt++;
  }
  return cnt;
}

/**
 * glibc's exp, every fused step emulated exactly, of the cnt elements of o listed (i32) at
 * list: o holds their inputs (lanes with |x| ≥ 2^-54 inside (X_MIN, X_MAX) whose k the
 * unfused reduction rounds as glibc does) and receives their results. Four at a time, as two f64x2 chains
 * interleaved step by step (each fma emulation is a long dependency chain); a short last group
 * repeats its last element. `big`: the list may hold 512 ≤ |x| (glibc's specialcase).
 */
@inline function expExactPass(o: usize, list: usize, cnt: i32, big: bool): void {
  for (let t: i32 = 0; t < cnt; t += 4) {
    const last = cnt - 1;
    const p0 = slot(o, list, t);
    const p1 = slot(o, list, min(t + 1, last));
    const p2 = slot(o, list, min(t + 2, last));
    const p3 = slot(o, list, min(t + 3, last));
    const x0 = gather(p0, p1);
    const x1 = gather(p2, p3);
    const kdS0 = f64x2.add(f64x2.mul(ld(C_INVLN2N), x0), ld(C_SHIFT));
    const kdS1 = f64x2.add(f64x2.mul(ld(C_INVLN2N), x1), ld(C_SHIFT));
    const kd0 = f64x2.sub(kdS0, ld(C_SHIFT));
    const kd1 = f64x2.sub(kdS1, ld(C_SHIFT));
    // kd·NegLn2hiN is exact, so glibc's fused add is a plain one.
    const r0 = fmaV(kd0, ld(C_NEGLN2LON), f64x2.add(x0, f64x2.mul(kd0, ld(C_NEGLN2HIN))));
    const r1 = fmaV(kd1, ld(C_NEGLN2LON), f64x2.add(x1, f64x2.mul(kd1, ld(C_NEGLN2HIN))));
    const i0 = v128.and(kdS0, ld(I_127));
    const i1 = v128.and(kdS1, ld(I_127));
    const e00 = entry(EXP_T, i64x2.extract_lane(i0, 0));
    const e01 = entry(EXP_T, i64x2.extract_lane(i0, 1));
    const e10 = entry(EXP_T, i64x2.extract_lane(i1, 0));
    const e11 = entry(EXP_T, i64x2.extract_lane(i1, 1));
    const r20 = f64x2.mul(r0, r0);
    const r21 = f64x2.mul(r1, r1);
    const q230 = fmaV(r0, ld(C_EC3), ld(C_EC2));
    const q231 = fmaV(r1, ld(C_EC3), ld(C_EC2));
    const q450 = fmaV(r0, ld(C_EC5), ld(C_EC4));
    const q451 = fmaV(r1, ld(C_EC5), ld(C_EC4));
    const u0 = fmaV(r20, q230, f64x2.add(v128.shuffle<i64>(e00, e01, 0, 2), r0));
    const u1 = fmaV(r21, q231, f64x2.add(v128.shuffle<i64>(e10, e11, 0, 2), r1));
    const t0 = fmaV(f64x2.mul(r20, r20), q450, u0);
    const t1 = fmaV(f64x2.mul(r21, r21), q451, u1);
    const s0 = i64x2.add(v128.shuffle<i64>(e00, e01, 1, 3), i64x2.shl(kdS0, 45));
    const s1 = i64x2.add(v128.shuffle<i64>(e10, e11, 1, 3), i64x2.shl(kdS1, 45));
    let y0 = fmaV(s0, t0, s0);
    let y1 = fmaV(s1, t1, s1);
    // x ≥ 512: as glibc's specialcase, 2^1009·fma(s', tmp, s') with s' = scale·2^-1009 (the
    // same value; Dekker's split of scale itself would overflow)
    const b0 = f64x2.ge(x0, ld(C_512));
    const b1 = f64x2.ge(x1, ld(C_512));
    if (big && v128.any_true(v128.or(b0, b1))) {
      const sc0 = i64x2.sub(s0, ld(I_E1009));
      const sc1 = i64x2.sub(s1, ld(I_E1009));
      y0 = v128.bitselect(f64x2.mul(fmaV(sc0, t0, sc0), ld(C_TWO1009)), y0, b0);
      y1 = v128.bitselect(f64x2.mul(fmaV(sc1, t1, sc1), ld(C_TWO1009)), y1, b1);
    }
    // x ≤ −512 (glibc's specialcase, results normal here): 2^-1022·(s' + s'·tmp) with
    // s' = scale·2^1022, the product rounded, not fused
    const n0 = f64x2.le(x0, ld(C_NEG512));
    const n1 = f64x2.le(x1, ld(C_NEG512));
    if (big && v128.any_true(v128.or(n0, n1))) {
      const sc0 = i64x2.add(s0, ld(I_E1022));
      const sc1 = i64x2.add(s1, ld(I_E1022));
      const z0 = f64x2.mul(f64x2.add(sc0, f64x2.mul(sc0, t0)), ld(C_DBL_MIN));
      const z1 = f64x2.mul(f64x2.add(sc1, f64x2.mul(sc1, t1)), ld(C_DBL_MIN));
      y0 = v128.bitselect(z0, y0, n0);
      y1 = v128.bitselect(z1, y1, n1);
    }
    scatter(p0, p1, y0);
    scatter(p2, p3, y1);
  }
}

/**
 * The lanes of x for exp's scalar port (i64 masks): NaN, ±inf, |x| < 2^-54, x outside
 * (X_MIN, X_MAX), and a product x·128/ln 2 so close to a half-integer that glibc's fused rounding could pick another k.
 */
@inline function expSpecial(x: v128): v128 {
  const ax = f64x2.abs(x);
  const inRange = v128.and(f64x2.lt(x, ld(C_XMAX)), f64x2.gt(x, ld(C_XMIN)));
  const bad = v128.not(v128.and(f64x2.ge(ax, ld(C_TINY_X)), inRange));
  const z = f64x2.mul(ld(C_INVLN2N), x);
  const kd = f64x2.sub(f64x2.add(z, ld(C_SHIFT)), ld(C_SHIFT));
  return v128.or(bad, f64x2.gt(f64x2.abs(f64x2.sub(z, kd)), ld(C_K_GUARD)));
}



/** glibc's log near 1 (see logDeferredPass) with every fused step emulated exactly. */
@inline function logNear1Exact(x: v128): v128 {
  const r = f64x2.sub(x, ld(C_ONE));
  const r2 = f64x2.mul(r, r);
  const r3 = f64x2.mul(r, r2);
  const A = fmaV(r2, ld(C_B3), fmaV(r, ld(C_B2), ld(C_B1)));
  const Bq = fmaV(r2, ld(C_B6), fmaV(r, ld(C_B5), ld(C_B4)));
  const C = fmaV(r3, ld(C_B10), fmaV(r2, ld(C_B9), fmaV(r, ld(C_B8), ld(C_B7))));
  const P = fmaV(r3, fmaV(r3, C, Bq), A);
  const w = f64x2.mul(r, ld(C_TWO27));
  const rhi = f64x2.sub(f64x2.add(r, w), w);
  const rlo = f64x2.sub(r, rhi);
  const w2 = f64x2.mul(f64x2.mul(rhi, rhi), ld(C_B0));
  const h = f64x2.add(r, w2);
  const l0 = f64x2.add(f64x2.sub(r, h), w2);
  const l = fmaV(f64x2.mul(ld(C_B0), rlo), f64x2.add(rhi, r), l0);
  return f64x2.add(fmaV(r3, P, l), h);
}

/**
 * glibc's log away from 1 (normal, positive, finite x) with every fused step emulated exactly;
 * r = RN(z·invc − 1) is formed exactly as in f64_log_exact.
 */
function logMainExact(x: v128): v128 {
  const tmp = i64x2.sub(x, ld(I_OFF));
  const i = v128.and(i64x2.shr_u(tmp, 45), ld(I_127));
  const k = i64x2.shr_s(tmp, 52);
  const z = i64x2.sub(x, v128.and(tmp, ld(I_EXP_MASK)));
  const kd = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(k, k, 0, 2, 0, 2));
  const i0 = i64x2.extract_lane(i, 0);
  const i1 = i64x2.extract_lane(i, 1);
  const e0 = logEntry(i0, 0);
  const e1 = logEntry(i1, 0);
  const invc = v128.shuffle<i64>(e0, e1, 0, 2);
  const logc = v128.shuffle<i64>(e0, e1, 1, 3);
  const p = f64x2.mul(z, invc);
  const r = f64x2.add(f64x2.sub(p, ld(C_ONE)), prodErr(z, invc, p));
  // kd·Ln2hi is exact, so glibc's fused add is a plain one.
  const w = f64x2.add(f64x2.mul(kd, ld(C_LN2HI)), logc);
  const h = f64x2.add(w, r);
  const l = fmaV(kd, ld(C_LN2LO), f64x2.add(f64x2.sub(w, h), r));
  const r2 = f64x2.mul(r, r);
  const q = fmaV(r2, fmaV(r, ld(C_A4), ld(C_A3)), fmaV(r, ld(C_A2), ld(C_A1)));
  return f64x2.add(fmaV(f64x2.mul(r, r2), q, fmaV(r2, ld(C_A0), l)), h);
}

/**
 * The deferred lanes of log: y from the near-1 polynomial (`doubt` where its rounding is in
 * doubt), recomputed exactly where in doubt; lanes away from 1 (logFast's rounding in doubt)
 * exactly by logMainExact.
 */
@inline function logFix(x: v128, y: v128, doubt: v128): v128 {
  const near = v128.and(f64x2.ge(x, ld(C_NEAR1_LO)), f64x2.lt(x, ld(C_NEAR1_HI)));
  const d = v128.and(doubt, near);
  if (v128.any_true(d)) y = v128.bitselect(logNear1Exact(x), y, d);
  if (!i64x2.all_true(near)) y = v128.bitselect(y, logMainExact(x), near);
  return y;
}

/**
 * glibc's log of the cnt elements of o listed (i32) at list, whose inputs (normal, positive,
 * finite: near 1, or with logFast's rounding in doubt) o holds; four at a time (two f64x2
 * chains interleaved statement by statement), a short last group repeating its last element.
 */
function logDeferredPass(o: usize, list: usize, cnt: i32): void {
  for (let t: i32 = 0; t < cnt; t += 4) {
    const last = cnt - 1;
    const p0 = slot(o, list, t);
    const p1 = slot(o, list, min(t + 1, last));
    const p2 = slot(o, list, min(t + 2, last));
    const p3 = slot(o, list, min(t + 3, last));
    const x0 = gather(p0, p1);
    const x1 = gather(p2, p3);
    /*
     * Near 1: glibc's log for 0.9375 ≤ x < 1.064697265625 on the lanes of x (r = x − 1, |r| < 2^-3.9):
     * log x = h + S with h = r − r²/2 (rounded, as glibc: r² split exactly) and the small part
     * S = l + r³·P(r), which glibc forms with fused steps and we with plain ones. Each fusion moves
     * a value by at most an ulp of its result: the seven in P (values below 1/2, each later step
     * passing an earlier error on with a factor below 1 or times r, r², r³) leave |P' − P| ≤
     * 3·2^-54 (plus smaller terms), so r³·P moves by ≤ |r|³·2^-52.4; the last fusion r³·P + l by
     * an ulp of a value below |r|³·0.35 (≤ |r|³·2^-53.4), our rounded product by ≤ |r|³·2^-54.5;
     * l's fused step by an ulp of a value below 2^-27·r² + 2^-53·|r|. In all |S' − S| ≤
     * |r|³·2^-51.4 + |r|·2^-78, taken as |r|³·2^-50 + |r|·2^-75. glibc's RN(S + h) is ours when
     * both ends of that interval round alike (`doubt` otherwise).
     */
    const r0 = f64x2.sub(x0, ld(C_ONE));
    const r1 = f64x2.sub(x1, ld(C_ONE));
    const r20 = f64x2.mul(r0, r0);
    const r21 = f64x2.mul(r1, r1);
    const r30 = f64x2.mul(r0, r20);
    const r31 = f64x2.mul(r1, r21);
    // P with glibc's nesting, each fma(a, b, c) as a·b + c
    const Pa0 = f64x2.add(f64x2.mul(r20, ld(C_B3)), f64x2.add(f64x2.mul(r0, ld(C_B2)), ld(C_B1)));
    const Pa1 = f64x2.add(f64x2.mul(r21, ld(C_B3)), f64x2.add(f64x2.mul(r1, ld(C_B2)), ld(C_B1)));
    const Pb0 = f64x2.add(f64x2.mul(r20, ld(C_B6)), f64x2.add(f64x2.mul(r0, ld(C_B5)), ld(C_B4)));
    const Pb1 = f64x2.add(f64x2.mul(r21, ld(C_B6)), f64x2.add(f64x2.mul(r1, ld(C_B5)), ld(C_B4)));
    const Pc0 = f64x2.add(
      f64x2.mul(r30, ld(C_B10)),
      f64x2.add(f64x2.mul(r20, ld(C_B9)), f64x2.add(f64x2.mul(r0, ld(C_B8)), ld(C_B7))),
    );
    const Pc1 = f64x2.add(
      f64x2.mul(r31, ld(C_B10)),
      f64x2.add(f64x2.mul(r21, ld(C_B9)), f64x2.add(f64x2.mul(r1, ld(C_B8)), ld(C_B7))),
    );
    const P0 = f64x2.add(f64x2.mul(r30, f64x2.add(f64x2.mul(r30, Pc0), Pb0)), Pa0);
    const P1 = f64x2.add(f64x2.mul(r31, f64x2.add(f64x2.mul(r31, Pc1), Pb1)), Pa1);
    // r = rhi + rlo with rhi of 26 bits: rhi²·B0 is exact
    const w0 = f64x2.mul(r0, ld(C_TWO27));
    const w1 = f64x2.mul(r1, ld(C_TWO27));
    const rhi0 = f64x2.sub(f64x2.add(r0, w0), w0);
    const rhi1 = f64x2.sub(f64x2.add(r1, w1), w1);
    const rlo0 = f64x2.sub(r0, rhi0);
    const rlo1 = f64x2.sub(r1, rhi1);
    const w20 = f64x2.mul(f64x2.mul(rhi0, rhi0), ld(C_B0));
    const w21 = f64x2.mul(f64x2.mul(rhi1, rhi1), ld(C_B0));
    const h0 = f64x2.add(r0, w20);
    const h1 = f64x2.add(r1, w21);
    const l00 = f64x2.add(f64x2.sub(r0, h0), w20);
    const l01 = f64x2.add(f64x2.sub(r1, h1), w21);
    const l0 = f64x2.add(f64x2.mul(f64x2.mul(ld(C_B0), rlo0), f64x2.add(rhi0, r0)), l00);
    const l1 = f64x2.add(f64x2.mul(f64x2.mul(ld(C_B0), rlo1), f64x2.add(rhi1, r1)), l01);
    const S0 = f64x2.add(f64x2.mul(r30, P0), l0);
    const S1 = f64x2.add(f64x2.mul(r31, P1), l1);
    const res0 = f64x2.add(S0, h0);
    const res1 = f64x2.add(S1, h1);
    const err0 = f64x2.add(
      f64x2.mul(f64x2.abs(r30), ld(C_NEAR1_ERR3)),
      f64x2.mul(f64x2.abs(r0), ld(C_NEAR1_ERR1)),
    );
    const err1 = f64x2.add(
      f64x2.mul(f64x2.abs(r31), ld(C_NEAR1_ERR3)),
      f64x2.mul(f64x2.abs(r1), ld(C_NEAR1_ERR1)),
    );
    const doubt0 = v128.or(
      f64x2.ne(f64x2.add(h0, f64x2.add(S0, err0)), res0),
      f64x2.ne(f64x2.add(h0, f64x2.sub(S0, err0)), res0),
    );
    const doubt1 = v128.or(
      f64x2.ne(f64x2.add(h1, f64x2.add(S1, err1)), res1),
      f64x2.ne(f64x2.add(h1, f64x2.sub(S1, err1)), res1),
    );
    const y0 = logFix(x0, res0, doubt0);
    const y1 = logFix(x1, res1, doubt1);
    scatter(p0, p1, y0);
    scatter(p2, p3, y1);
  }
}


/** The lanes of x for log's scalar port: zero, negative, subnormal, inf and NaN (i64 masks). */
@inline function logSpecial(x: v128): v128 {
  return v128.not(v128.and(f64x2.ge(x, ld(C_DBL_MIN)), f64x2.lt(x, ld(C_INFINITY))));
}

/** The lane masks of two f64x2 vectors as four bits (element order). */
@inline function bits4(a: v128, b: v128): i32 {
  return i64x2.bitmask(a) | (i64x2.bitmask(b) << 2);
}

/**
 * Append j + k for each set bit k of bits (a whole group of 4, j + 3 < n) to list; the new
 * count. Branch-free: every index is stored, and the count advances past the flagged ones
 * (the stores land at most at the group's own free slots, below n entries).
 */
@inline function pushBits(list: usize, cnt: i32, bits: i32, j: i32): i32 {
  store<i32>(list + (<usize>cnt << 2), j);
  cnt += bits & 1;
  store<i32>(list + (<usize>cnt << 2), j + 1);
  cnt += (bits >> 1) & 1;
  store<i32>(list + (<usize>cnt << 2), j + 2);
  cnt += (bits >> 2) & 1;
  store<i32>(list + (<usize>cnt << 2), j + 3);
  return cnt + ((bits >> 3) & 1);
}

/** As pushBits, into a list growing down from end (entries below end). */
@inline function pushBitsDown(end: usize, cnt: i32, bits: i32, j: i32): i32 {
  store<i32>(end - (<usize>(cnt + 1) << 2), j);
  cnt += bits & 1;
  store<i32>(end - (<usize>(cnt + 1) << 2), j + 1);
  cnt += (bits >> 1) & 1;
  store<i32>(end - (<usize>(cnt + 1) << 2), j + 2);
  cnt += (bits >> 2) & 1;
  store<i32>(end - (<usize>(cnt + 1) << 2), j + 3);
  return cnt + ((bits >> 3) & 1);
}

/** As push2, into a list growing down from end (entries below end). */
@inline function push2down(end: usize, cnt: i32, bad: v128, j: i32, n: i32): i32 {
  if (!v128.any_true(bad)) return cnt;
  if (i64x2.extract_lane(bad, 0) != 0 && j < n) {
    cnt++;
    store<i32>(end - (<usize>cnt << 2), j);
  }
  if (i64x2.extract_lane(bad, 1) != 0 && j + 1 < n) {
    cnt++;
    store<i32>(end - (<usize>cnt << 2), j + 1);
  }
  return cnt;
}

/**
 * glibc's exp over n doubles at a into o (o may be a); the indices of the elements left to the
 * scalar port (`expSpecial`) to idx (i32, ascending), returns their count. Reads and writes
 * whole groups of 4 doubles.
 *
 * Each f64x2 vector runs expFast's steps, operation for operation; the two vectors of a group
 * are interleaved statement by statement (suffixes 0 and 1: two independent dependency chains).
 * Lanes needing more work (`more`: special, or the final rounding in doubt) keep x in o; the
 * doubtful ones go to a second list for expExactPass.
 */
export function f64_exp_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  // The second list (doubtful roundings) after the room the first may need; the third (|x| ≥
  // 512) grows down from the end of the room of the second (together they hold at most n).
  const list = idx + ((<usize>n * 4 + 15) & ~(<usize>15));
  const end = list + (<usize>n << 2);
  let cnt: i32 = 0;
  let cnt2: i32 = 0;
  let cnt3: i32 = 0;
  for (let j: i32 = 0; j < n; j += 4) {
    const q = <usize>j << 3;
    const x0 = v128.load(a + q);
    const x1 = v128.load(a + q, 16);
    const o0 = o + q;
    const o1 = o + q + 16;
    const ax0 = f64x2.abs(x0);
    const ax1 = f64x2.abs(x1);
    let bad0 = v128.not(v128.and(f64x2.ge(ax0, ld(C_TINY_X)), f64x2.lt(ax0, ld(C_512))));
    let bad1 = v128.not(v128.and(f64x2.ge(ax1, ld(C_TINY_X)), f64x2.lt(ax1, ld(C_512))));
    const z0 = f64x2.mul(ld(C_INVLN2N), x0);
    const z1 = f64x2.mul(ld(C_INVLN2N), x1);
    const kdS0 = f64x2.add(z0, ld(C_SHIFT));
    const kdS1 = f64x2.add(z1, ld(C_SHIFT));
    const kd0 = f64x2.sub(kdS0, ld(C_SHIFT));
    const kd1 = f64x2.sub(kdS1, ld(C_SHIFT));
    bad0 = v128.or(bad0, f64x2.gt(f64x2.abs(f64x2.sub(z0, kd0)), ld(C_K_GUARD)));
    bad1 = v128.or(bad1, f64x2.gt(f64x2.abs(f64x2.sub(z1, kd1)), ld(C_K_GUARD)));
    const r0 = f64x2.add(f64x2.add(x0, f64x2.mul(kd0, ld(C_NEGLN2HIN))), f64x2.mul(kd0, ld(C_NEGLN2LON)));
    const r1 = f64x2.add(f64x2.add(x1, f64x2.mul(kd1, ld(C_NEGLN2HIN))), f64x2.mul(kd1, ld(C_NEGLN2LON)));
    const i0 = v128.and(kdS0, ld(I_127));
    const i1 = v128.and(kdS1, ld(I_127));
    const e00 = entry(EXP_T, i64x2.extract_lane(i0, 0));
    const e01 = entry(EXP_T, i64x2.extract_lane(i1, 0));
    const e10 = entry(EXP_T, i64x2.extract_lane(i0, 1));
    const e11 = entry(EXP_T, i64x2.extract_lane(i1, 1));
    const tail0 = v128.shuffle<i64>(e00, e10, 0, 2);
    const tail1 = v128.shuffle<i64>(e01, e11, 0, 2);
    // sbits = T[2i + 1] + (ki << 45)
    const scale0 = i64x2.add(v128.shuffle<i64>(e00, e10, 1, 3), i64x2.shl(kdS0, 45));
    const scale1 = i64x2.add(v128.shuffle<i64>(e01, e11, 1, 3), i64x2.shl(kdS1, 45));
    const r20 = f64x2.mul(r0, r0);
    const r21 = f64x2.mul(r1, r1);
    // tail + r + r2·(C2 + r·C3) + r2·r2·(C4 + r·C5), left to right
    const tmp0 = f64x2.add(
      f64x2.add(f64x2.add(tail0, r0), f64x2.mul(r20, f64x2.add(ld(C_EC2), f64x2.mul(r0, ld(C_EC3))))),
      f64x2.mul(f64x2.mul(r20, r20), f64x2.add(ld(C_EC4), f64x2.mul(r0, ld(C_EC5)))),
    );
    const tmp1 = f64x2.add(
      f64x2.add(f64x2.add(tail1, r1), f64x2.mul(r21, f64x2.add(ld(C_EC2), f64x2.mul(r1, ld(C_EC3))))),
      f64x2.mul(f64x2.mul(r21, r21), f64x2.add(ld(C_EC4), f64x2.mul(r1, ld(C_EC5)))),
    );
    // V = scale + scale·tmp: s = RN(scale + p) with p = RN(scale·tmp), and lo = scale − s + p
    // exactly (Fast2Sum), so V = s + lo + (scale·tmp − p), the last term below half an ulp of
    // p. glibc's V is within `bound` of s + lo (TMP_ERR_R, TMP_ERR_0): when both ends of that
    // interval round to s, so does glibc's V.
    const p0 = f64x2.mul(scale0, tmp0);
    const p1 = f64x2.mul(scale1, tmp1);
    const s0 = f64x2.add(scale0, p0);
    const s1 = f64x2.add(scale1, p1);
    const lo0 = f64x2.add(f64x2.sub(scale0, s0), p0);
    const lo1 = f64x2.add(f64x2.sub(scale1, s1), p1);
    const bound0 = f64x2.mul(
      scale0,
      f64x2.add(f64x2.mul(f64x2.abs(r0), ld(C_TMP_ERR_R)), ld(C_TMP_ERR_0)),
    );
    const bound1 = f64x2.mul(
      scale1,
      f64x2.add(f64x2.mul(f64x2.abs(r1), ld(C_TMP_ERR_R)), ld(C_TMP_ERR_0)),
    );
    const more0 = v128.or(
      bad0,
      v128.or(
        f64x2.ne(f64x2.add(s0, f64x2.add(lo0, bound0)), s0),
        f64x2.ne(f64x2.add(s0, f64x2.sub(lo0, bound0)), s0),
      ),
    );
    const more1 = v128.or(
      bad1,
      v128.or(
        f64x2.ne(f64x2.add(s1, f64x2.add(lo1, bound1)), s1),
        f64x2.ne(f64x2.add(s1, f64x2.sub(lo1, bound1)), s1),
      ),
    );
    v128.store(o0, v128.bitselect(x0, s0, more0));
    v128.store(o1, v128.bitselect(x1, s1, more1));
    const m0 = more0;
    const m1 = more1;
    if (v128.any_true(v128.or(m0, m1))) {
      // rare: split into the scalar port's lanes and the second pass's
      const s0 = expSpecial(x0);
      const s1 = expSpecial(x1);
      // |x| ≥ 512 (glibc's specialcase) to the third list, the rest to the second
      const d0 = v128.andnot(m0, s0);
      const d1 = v128.andnot(m1, s1);
      const g0 = f64x2.ge(f64x2.abs(x0), ld(C_512));
      const g1 = f64x2.ge(f64x2.abs(x1), ld(C_512));
      if (j + 4 <= n) {
        cnt = pushBits(idx, cnt, bits4(s0, s1), j);
        cnt2 = pushBits(list, cnt2, bits4(v128.andnot(d0, g0), v128.andnot(d1, g1)), j);
        cnt3 = pushBitsDown(end, cnt3, bits4(v128.and(d0, g0), v128.and(d1, g1)), j);
      } else {
        cnt = push2(idx, cnt, s0, j, n);
        cnt = push2(idx, cnt, s1, j + 2, n);
        cnt2 = push2(list, cnt2, v128.andnot(d0, g0), j, n);
        cnt2 = push2(list, cnt2, v128.andnot(d1, g1), j + 2, n);
        cnt3 = push2down(end, cnt3, v128.and(d0, g0), j, n);
        cnt3 = push2down(end, cnt3, v128.and(d1, g1), j + 2, n);
      }
    }
  }
  expExactPass(o, list, cnt2, false);
  expExactPass(o, end - (<usize>cnt3 << 2), cnt3, true);
  return cnt;
}

/**
 * glibc's log over n doubles at a into o; scalar-port indices (`logSpecial`) to idx, as
 * f64_exp_exact.
 *
 * Each vector runs logFast's steps (two interleaved chains, as in f64_exp_exact); lanes near 1
 * and lanes whose final rounding is in doubt keep x in o and go to a second list for
 * logDeferredPass.
 */
export function f64_log_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  const list = idx + ((<usize>n * 4 + 15) & ~(<usize>15));
  let cnt: i32 = 0;
  let cnt2: i32 = 0;
  for (let j: i32 = 0; j < n; j += 4) {
    const q = <usize>j << 3;
    const x0 = v128.load(a + q);
    const x1 = v128.load(a + q, 16);
    const o0 = o + q;
    const o1 = o + q + 16;
    const special0 = v128.not(v128.and(f64x2.ge(x0, ld(C_DBL_MIN)), f64x2.lt(x0, ld(C_INFINITY))));
    const special1 = v128.not(v128.and(f64x2.ge(x1, ld(C_DBL_MIN)), f64x2.lt(x1, ld(C_INFINITY))));
    const near0 = v128.and(f64x2.ge(x0, ld(C_NEAR1_LO)), f64x2.lt(x0, ld(C_NEAR1_HI)));
    const near1 = v128.and(f64x2.ge(x1, ld(C_NEAR1_LO)), f64x2.lt(x1, ld(C_NEAR1_HI)));
    // tmp = ix − OFF; i = (tmp >> 45) mod 128; k = tmp >> 52; z = ix − (tmp & 0xfff << 52)
    const tmp0 = i64x2.sub(x0, ld(I_OFF));
    const tmp1 = i64x2.sub(x1, ld(I_OFF));
    const i0 = v128.and(i64x2.shr_u(tmp0, 45), ld(I_127));
    const i1 = v128.and(i64x2.shr_u(tmp1, 45), ld(I_127));
    const k0 = i64x2.shr_s(tmp0, 52);
    const k1 = i64x2.shr_s(tmp1, 52);
    const z0 = i64x2.sub(x0, v128.and(tmp0, ld(I_EXP_MASK)));
    const z1 = i64x2.sub(x1, v128.and(tmp1, ld(I_EXP_MASK)));
    const kd0 = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(k0, k0, 0, 2, 0, 2));
    const kd1 = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(k1, k1, 0, 2, 0, 2));
    const i00 = i64x2.extract_lane(i0, 0);
    const i01 = i64x2.extract_lane(i1, 0);
    const i10 = i64x2.extract_lane(i0, 1);
    const i11 = i64x2.extract_lane(i1, 1);
    const e00 = logEntry(i00, 0);
    const e01 = logEntry(i01, 0);
    const e10 = logEntry(i10, 0);
    const e11 = logEntry(i11, 0);
    const invc0 = v128.shuffle<i64>(e00, e10, 0, 2);
    const invc1 = v128.shuffle<i64>(e01, e11, 0, 2);
    const logc0 = v128.shuffle<i64>(e00, e10, 1, 3);
    const logc1 = v128.shuffle<i64>(e01, e11, 1, 3);
    const c00 = logEntry(i00, 16);
    const c01 = logEntry(i01, 16);
    const c10 = logEntry(i10, 16);
    const c11 = logEntry(i11, 16);
    // r = RN(z·invc − 1): (p − 1) + the product's exact error (p − 1 is exact)
    const p0 = f64x2.mul(z0, invc0);
    const p1 = f64x2.mul(z1, invc1);
    const r0 = f64x2.add(
      f64x2.sub(p0, ld(C_ONE)),
      prodErrSplit(z0, v128.shuffle<i64>(c00, c10, 0, 2), v128.shuffle<i64>(c00, c10, 1, 3), p0),
    );
    const r1 = f64x2.add(
      f64x2.sub(p1, ld(C_ONE)),
      prodErrSplit(z1, v128.shuffle<i64>(c01, c11, 0, 2), v128.shuffle<i64>(c01, c11, 1, 3), p1),
    );
    const w0 = f64x2.add(f64x2.mul(kd0, ld(C_LN2HI)), logc0);
    const w1 = f64x2.add(f64x2.mul(kd1, ld(C_LN2HI)), logc1);
    const h0 = f64x2.add(w0, r0);
    const h1 = f64x2.add(w1, r1);
    const l0 = f64x2.add(f64x2.add(f64x2.sub(w0, h0), r0), f64x2.mul(kd0, ld(C_LN2LO)));
    const l1 = f64x2.add(f64x2.add(f64x2.sub(w1, h1), r1), f64x2.mul(kd1, ld(C_LN2LO)));
    const r20 = f64x2.mul(r0, r0);
    const r21 = f64x2.mul(r1, r1);
    const poly0 = f64x2.add(
      f64x2.add(ld(C_A1), f64x2.mul(r0, ld(C_A2))),
      f64x2.mul(r20, f64x2.add(ld(C_A3), f64x2.mul(r0, ld(C_A4)))),
    );
    const poly1 = f64x2.add(
      f64x2.add(ld(C_A1), f64x2.mul(r1, ld(C_A2))),
      f64x2.mul(r21, f64x2.add(ld(C_A3), f64x2.mul(r1, ld(C_A4)))),
    );
    const S0 = f64x2.add(f64x2.add(l0, f64x2.mul(r20, ld(C_A0))), f64x2.mul(f64x2.mul(r0, r20), poly0));
    const S1 = f64x2.add(f64x2.add(l1, f64x2.mul(r21, ld(C_A0))), f64x2.mul(f64x2.mul(r1, r21), poly1));
    const res0 = f64x2.add(S0, h0);
    const res1 = f64x2.add(S1, h1);
    const bad0 = v128.or(
      f64x2.ne(f64x2.add(h0, f64x2.add(S0, ld(C_LOG_S_ERR))), res0),
      f64x2.ne(f64x2.add(h0, f64x2.sub(S0, ld(C_LOG_S_ERR))), res0),
    );
    const bad1 = v128.or(
      f64x2.ne(f64x2.add(h1, f64x2.add(S1, ld(C_LOG_S_ERR))), res1),
      f64x2.ne(f64x2.add(h1, f64x2.sub(S1, ld(C_LOG_S_ERR))), res1),
    );
    // special inputs, near 1 and doubtful roundings keep x in o
    const more0 = v128.or(v128.or(bad0, near0), special0);
    const more1 = v128.or(v128.or(bad1, near1), special1);
    v128.store(o0, v128.bitselect(x0, res0, more0));
    v128.store(o1, v128.bitselect(x1, res1, more1));
    const m0 = more0;
    const m1 = more1;
    if (v128.any_true(v128.or(m0, m1))) {
      // rare: split into the scalar port's lanes and the second pass's
      const s0 = logSpecial(x0);
      const s1 = logSpecial(x1);
      if (j + 4 <= n) {
        cnt = pushBits(idx, cnt, bits4(s0, s1), j);
        cnt2 = pushBits(list, cnt2, bits4(v128.andnot(m0, s0), v128.andnot(m1, s1)), j);
      } else {
        cnt = push2(idx, cnt, s0, j, n);
        cnt = push2(idx, cnt, s1, j + 2, n);
        cnt2 = push2(list, cnt2, v128.andnot(m0, s0), j, n);
        cnt2 = push2(list, cnt2, v128.andnot(m1, s1), j + 2, n);
      }
    }
  }
  logDeferredPass(o, list, cnt2);
  return cnt;
}
