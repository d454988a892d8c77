(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param i32 f64 i32 i32)))
 (type $3 (func (param f64 i32 i32 i32)))
 (type $4 (func (param i32 f32 i32 i32)))
 (type $5 (func (param f32 i32 i32 i32)))
 (type $6 (func (param i32 i32) (result f64)))
 (type $7 (func (param i32 i32) (result f32)))
 (type $8 (func (param f64) (result f64)))
 (type $9 (func (param i64) (result i32)))
 (type $10 (func (result i32)))
 (type $11 (func (param i32 i64 i32 i32)))
 (global $~lib/math/rempio2_y0 (mut f64) (f64.const 0))
 (global $~lib/math/rempio2_y1 (mut f64) (f64.const 0))
 (global $~lib/math/res128_hi (mut i64) (i64.const 0))
 (memory $0 16 16)
 (data $0 (i32.const 1030) "\f0?")
 (data $1 (i32.const 1038) "\e0?")
 (data $2 (i32.const 1047) "@")
 (data $4 (i32.const 1062) "\f0\7f")
 (data $5 (i32.const 1070) "\f0\ff")
 (data $6 (i32.const 1078) "\f8\7f")
 (data $7 (i32.const 1080) "\ff\03\00\00\00\008C")
 (data $8 (i32.const 1093) "P\87\c0")
 (data $9 (i32.const 1101) "0\86@")
 (data $10 (i32.const 1104) "\fe\82+eG\15\f7?")
 (data $11 (i32.const 1114) "\e0\feB.\e6?")
 (data $12 (i32.const 1120) "v<y5\ef9\ea=")
 (data $13 (i32.const 1128) ">UUUUU\c5?")
 (data $14 (i32.const 1136) "\93\bd\be\16l\c1f\bf")
 (data $15 (i32.const 1144) ",\de%\afjV\11?")
 (data $16 (i32.const 1152) "\f1k\d2\c5A\bd\bb\be")
 (data $17 (i32.const 1160) "\d0\a4\beri7f>")
 (data $18 (i32.const 1168) "\93UUUUU\e5?")
 (data $19 (i32.const 1176) "\04\fa\97\99\99\99\d9?")
 (data $20 (i32.const 1184) "Y\93\"\94$I\d2?")
 (data $21 (i32.const 1192) "\afx\8e\1d\c5q\cc?")
 (data $22 (i32.const 1200) "\de\03\cb\96dF\c7?")
 (data $23 (i32.const 1208) "\9f\c6x\d0\t\9a\c3?")
 (data $24 (i32.const 1216) "DR>\df\12\f1\c2?")
 (data $25 (i32.const 1230) "\10")
 (data $26 (i32.const 1238) "PC")
 (data $27 (i32.const 1246) "K@")
 (data $28 (i32.const 1248) "\83\c8\c9m0_\e4?")
 (data $29 (i32.const 1258) "@T\fb!\f9?")
 (data $30 (i32.const 1264) "1cb\1aa\b4\d0=")
 (data $31 (i32.const 1274) "`\1aa\b4\d0=")
 (data $32 (i32.const 1283) ".\8a\19\a3;")
 (data $33 (i32.const 1288) "\c1I %\9a\83{9")
 (data $34 (i32.const 1296) "\18-DT\fb!9A")
 (data $35 (i32.const 1304) "IUUUUU\c5\bf")
 (data $36 (i32.const 1312) "\a6\f8\10\11\11\11\81?")
 (data $37 (i32.const 1320) "\d5a\c1\19\a0\01*\bf")
 (data $38 (i32.const 1328) "}\fe\b1W\e3\1d\c7>")
 (data $39 (i32.const 1336) "\eb\9c+\8a\e6\e5Z\be")
 (data $40 (i32.const 1344) "|\d5\cfZ:\d9\e5=")
 (data $41 (i32.const 1352) "LUUUUU\a5?")
 (data $42 (i32.const 1360) "wQ\c1\16l\c1V\bf")
 (data $43 (i32.const 1368) "\90\15\cb\19\a0\01\fa>")
 (data $44 (i32.const 1376) "\adR\9c\80O~\92\be")
 (data $45 (i32.const 1384) "\c4\b1\b4\bd\9e\ee!>")
 (data $46 (i32.const 1392) "\d48\88\be\e9\fa\a8\bd")
 (data $47 (i32.const 1406) "Z\c0")
 (data $48 (i32.const 1413) "@V@")
 (data $49 (i32.const 1416) "\ef9\fa\feB.\e6?")
 (data $50 (i32.const 1430) "\e0?")
 (data $51 (i32.const 1432) "UUUUUU\c5?")
 (data $52 (i32.const 1440) "UUUUUU\a5?")
 (data $53 (i32.const 1448) "\11\11\11\11\11\11\81?")
 (data $54 (i32.const 1456) "\17l\c1\16l\c1V?")
 (data $55 (i32.const 1464) "\1a\a0\01\1a\a0\01*?")
 (data $56 (i32.const 1472) "\1a\a0\01\1a\a0\01\fa>")
 (data $57 (i32.const 1480) "4\c7V\a5\e3\1d\c7>")
 (data $58 (i32.const 1489) "P\c3I")
 (data $59 (i32.const 1496) "n\83\f9\a2\00\00\00\00\d1W\'\fc)\15DN\99\95b\db\c0\dd4\f5\abcQ\feA\90C<:n$\b7a\c5\bb\de\ea.I\06\e0\d2MB\1c\eb\1d\fe\1c\92\d1\t\f55\82\e8>\a7)\b1&p\9c\e9\84D\bb.9\d6\919A~_\b4\8b_\84\9c\f49S\83\ff\97\f8\1f;(\f9\bd\8b\11/\ef\0f\98\05\de\cf~6m\1fm\nZf?FO\b7\t\cb\'\c7\ba\'u-\ea_\9e\f79\07={\f1\e5\eb\b1_\fbk\ea\92R\8aF0\03V\08]\8d\1f \bc\cf\f0\abk{\fca\91\e3\a9\1d6\f4\9a_\85\99e\08\1b\e6^\80\d8\ff\8d@h\a0\14W\15\06\061\'sM")
 (export "scratchBase" (func $assembly/index/scratchBase))
 (export "f64_add" (func $assembly/index/f64_add))
 (export "f64_sub" (func $assembly/index/f64_sub))
 (export "f64_mul" (func $assembly/index/f64_mul))
 (export "f64_div" (func $assembly/index/f64_div))
 (export "f64_add_s" (func $assembly/index/f64_add_s))
 (export "f64_sub_s" (func $assembly/index/f64_sub_s))
 (export "f64_mul_s" (func $assembly/index/f64_mul_s))
 (export "f64_div_s" (func $assembly/index/f64_div_s))
 (export "f64_s_add" (func $assembly/index/f64_s_add))
 (export "f64_s_sub" (func $assembly/index/f64_s_sub))
 (export "f64_s_mul" (func $assembly/index/f64_s_mul))
 (export "f64_s_div" (func $assembly/index/f64_s_div))
 (export "f64_neg" (func $assembly/index/f64_neg))
 (export "f64_abs" (func $assembly/index/f64_abs))
 (export "f64_sqrt" (func $assembly/index/f64_sqrt))
 (export "f64_pairwise" (func $assembly/index/f64_pairwise))
 (export "f32_add" (func $assembly/index/f32_add))
 (export "f32_sub" (func $assembly/index/f32_sub))
 (export "f32_mul" (func $assembly/index/f32_mul))
 (export "f32_div" (func $assembly/index/f32_div))
 (export "f32_add_s" (func $assembly/index/f32_add_s))
 (export "f32_sub_s" (func $assembly/index/f32_sub_s))
 (export "f32_mul_s" (func $assembly/index/f32_mul_s))
 (export "f32_div_s" (func $assembly/index/f32_div_s))
 (export "f32_s_add" (func $assembly/index/f32_s_add))
 (export "f32_s_sub" (func $assembly/index/f32_s_sub))
 (export "f32_s_mul" (func $assembly/index/f32_s_mul))
 (export "f32_s_div" (func $assembly/index/f32_s_div))
 (export "f32_neg" (func $assembly/index/f32_neg))
 (export "f32_abs" (func $assembly/index/f32_abs))
 (export "f32_sqrt" (func $assembly/index/f32_sqrt))
 (export "f32_pairwise" (func $assembly/index/f32_pairwise))
 (export "i64_add" (func $assembly/index/i64_add))
 (export "i64_add_s" (func $assembly/index/i64_add_s))
 (export "f64_exp" (func $assembly/index/f64_exp))
 (export "f64_log" (func $assembly/index/f64_log))
 (export "f64_sin" (func $assembly/index/f64_sin))
 (export "f64_cos" (func $assembly/index/f64_cos))
 (export "f32_exp" (func $assembly/index/f32_exp))
 (export "f32_log" (func $assembly/index/f32_log))
 (export "f32_sin" (func $assembly/index/f32_sin))
 (export "f32_cos" (func $assembly/index/f32_cos))
 (export "memory" (memory $0))
 (func $assembly/index/trigScalarF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 f64)
  (local $6 i32)
  loop $for-loop|0
   local.get $3
   local.get $4
   i32.gt_u
   if
    local.get $4
    i32.const 3
    i32.shl
    local.tee $6
    local.get $1
    i32.add
    f64.load
    local.set $5
    local.get $2
    local.get $6
    i32.add
    local.get $0
    if (result f64)
     local.get $5
     call $~lib/math/NativeMath.cos
    else
     local.get $5
     call $~lib/math/NativeMath.sin
    end
    f64.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/reduce/pairwiseF64 (param $0 i32) (param $1 i32) (result f64)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 f64)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  block $folding-inner0
   local.get $1
   i32.const 8
   i32.lt_s
   if
    f64.const -0
    local.set $5
    br $folding-inner0
   end
   local.get $1
   i32.const 128
   i32.le_s
   if
    local.get $0
    v128.load
    local.set $3
    local.get $0
    v128.load offset=16
    local.set $4
    local.get $0
    v128.load offset=32
    local.set $6
    local.get $0
    v128.load offset=48
    local.set $7
    local.get $1
    local.get $1
    i32.const 7
    i32.and
    i32.sub
    local.set $9
    i32.const 8
    local.set $2
    loop $for-loop|1
     local.get $2
     local.get $9
     i32.lt_s
     if
      local.get $3
      local.get $0
      local.get $2
      i32.const 3
      i32.shl
      i32.add
      local.tee $8
      v128.load
      f64x2.add
      local.set $3
      local.get $4
      local.get $8
      v128.load offset=16
      f64x2.add
      local.set $4
      local.get $6
      local.get $8
      v128.load offset=32
      f64x2.add
      local.set $6
      local.get $7
      local.get $8
      v128.load offset=48
      f64x2.add
      local.set $7
      local.get $2
      i32.const 8
      i32.add
      local.set $2
      br $for-loop|1
     end
    end
    local.get $3
    local.get $4
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    local.get $3
    local.get $4
    i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
    f64x2.add
    local.tee $3
    local.get $6
    local.get $7
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    local.get $6
    local.get $7
    i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
    f64x2.add
    local.tee $4
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    local.get $3
    local.get $4
    i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
    f64x2.add
    local.tee $3
    f64x2.extract_lane 0
    local.get $3
    f64x2.extract_lane 1
    f64.add
    local.set $5
    br $folding-inner0
   end
   local.get $0
   local.get $1
   i32.const 1
   i32.shr_s
   local.tee $2
   local.get $2
   i32.const 7
   i32.and
   i32.sub
   local.tee $2
   call $assembly/reduce/pairwiseF64
   local.get $0
   local.get $2
   i32.const 3
   i32.shl
   i32.add
   local.get $1
   local.get $2
   i32.sub
   call $assembly/reduce/pairwiseF64
   f64.add
   return
  end
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $5
    local.get $0
    local.get $2
    i32.const 3
    i32.shl
    i32.add
    f64.load
    f64.add
    local.set $5
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $5
 )
 (func $assembly/reduce/pairwiseF32 (param $0 i32) (param $1 i32) (result f32)
  (local $2 i32)
  (local $3 v128)
  (local $4 f32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  block $folding-inner0
   local.get $1
   i32.const 8
   i32.lt_s
   if
    f32.const -0
    local.set $4
    br $folding-inner0
   end
   local.get $1
   i32.const 128
   i32.le_s
   if
    local.get $0
    v128.load
    local.set $3
    local.get $0
    v128.load offset=16
    local.set $5
    local.get $1
    local.get $1
    i32.const 7
    i32.and
    i32.sub
    local.set $6
    i32.const 8
    local.set $2
    loop $for-loop|1
     local.get $2
     local.get $6
     i32.lt_s
     if
      local.get $3
      local.get $0
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      local.tee $7
      v128.load
      f32x4.add
      local.set $3
      local.get $5
      local.get $7
      v128.load offset=16
      f32x4.add
      local.set $5
      local.get $2
      i32.const 8
      i32.add
      local.set $2
      br $for-loop|1
     end
    end
    local.get $3
    local.get $5
    i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
    local.get $3
    local.get $5
    i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
    f32x4.add
    local.tee $3
    local.get $3
    i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11
    local.get $3
    local.get $3
    i8x16.shuffle 4 5 6 7 12 13 14 15 4 5 6 7 12 13 14 15
    f32x4.add
    local.tee $3
    f32x4.extract_lane 0
    local.get $3
    f32x4.extract_lane 1
    f32.add
    local.set $4
    br $folding-inner0
   end
   local.get $0
   local.get $1
   i32.const 1
   i32.shr_s
   local.tee $2
   local.get $2
   i32.const 7
   i32.and
   i32.sub
   local.tee $2
   call $assembly/reduce/pairwiseF32
   local.get $0
   local.get $2
   i32.const 2
   i32.shl
   i32.add
   local.get $1
   local.get $2
   i32.sub
   call $assembly/reduce/pairwiseF32
   f32.add
   return
  end
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $4
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f32.add
    local.set $4
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $4
 )
 (func $~lib/math/pio2_large_quot (param $0 i64) (result i32)
  (local $1 i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i32)
  (local $5 f64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  local.get $0
  i64.const 9223372036854775807
  i64.and
  i64.const 52
  i64.shr_u
  i64.const 1045
  i64.sub
  local.tee $1
  i64.const 63
  i64.and
  local.set $6
  local.get $1
  i64.const 6
  i64.shr_s
  i32.wrap_i64
  i32.const 3
  i32.shl
  i32.const 1496
  i32.add
  local.tee $4
  i64.load
  local.set $3
  local.get $4
  i64.load offset=8
  local.set $2
  local.get $4
  i64.load offset=16
  local.set $1
  local.get $6
  i64.const 0
  i64.ne
  if
   local.get $3
   local.get $6
   i64.shl
   local.get $2
   i64.const 64
   local.get $6
   i64.sub
   local.tee $7
   i64.shr_u
   i64.or
   local.set $3
   local.get $2
   local.get $6
   i64.shl
   local.get $1
   local.get $7
   i64.shr_u
   i64.or
   local.set $2
   local.get $1
   local.get $6
   i64.shl
   local.get $4
   i64.load offset=24
   local.get $7
   i64.shr_u
   i64.or
   local.set $1
  end
  local.get $0
  i64.const 4503599627370495
  i64.and
  i64.const 4503599627370496
  i64.or
  local.tee $6
  i64.const 4294967295
  i64.and
  local.set $7
  local.get $2
  i64.const 4294967295
  i64.and
  local.tee $8
  local.get $6
  i64.const 32
  i64.shr_u
  local.tee $9
  i64.mul
  local.get $2
  i64.const 32
  i64.shr_u
  local.tee $2
  local.get $7
  i64.mul
  local.get $7
  local.get $8
  i64.mul
  local.tee $7
  i64.const 32
  i64.shr_u
  i64.add
  local.tee $8
  i64.const 4294967295
  i64.and
  i64.add
  local.set $10
  local.get $2
  local.get $9
  i64.mul
  local.get $8
  i64.const 32
  i64.shr_u
  i64.add
  local.get $10
  i64.const 32
  i64.shr_u
  i64.add
  global.set $~lib/math/res128_hi
  local.get $9
  local.get $1
  i64.const 32
  i64.shr_u
  i64.mul
  local.tee $1
  local.get $7
  i64.const 4294967295
  i64.and
  local.get $10
  i64.const 32
  i64.shl
  i64.add
  i64.add
  local.tee $2
  local.get $1
  i64.lt_u
  i64.extend_i32_u
  global.get $~lib/math/res128_hi
  local.get $3
  local.get $6
  i64.mul
  i64.add
  i64.add
  local.tee $3
  i64.const 2
  i64.shl
  local.get $2
  i64.const 62
  i64.shr_u
  i64.or
  local.tee $6
  i64.const 63
  i64.shr_s
  local.tee $7
  local.get $2
  i64.const 2
  i64.shl
  i64.xor
  local.set $2
  local.get $6
  local.get $7
  i64.const 1
  i64.shr_s
  i64.xor
  local.tee $1
  i64.clz
  local.set $8
  local.get $1
  local.get $8
  i64.shl
  local.get $2
  i64.const 64
  local.get $8
  i64.sub
  i64.shr_u
  i64.or
  local.tee $9
  i64.const 4294967295
  i64.and
  local.set $1
  local.get $9
  i64.const 32
  i64.shr_u
  local.tee $10
  i64.const 560513588
  i64.mul
  local.get $1
  i64.const 3373259426
  i64.mul
  local.get $1
  i64.const 560513588
  i64.mul
  local.tee $11
  i64.const 32
  i64.shr_u
  i64.add
  local.tee $12
  i64.const 4294967295
  i64.and
  i64.add
  local.set $1
  local.get $10
  i64.const 3373259426
  i64.mul
  local.get $12
  i64.const 32
  i64.shr_u
  i64.add
  local.get $1
  i64.const 32
  i64.shr_u
  i64.add
  global.set $~lib/math/res128_hi
  local.get $9
  f64.convert_i64_u
  f64.const 3.753184150245214e-04
  f64.mul
  local.get $2
  local.get $8
  i64.shl
  f64.convert_i64_u
  f64.const 3.834951969714103e-04
  f64.mul
  f64.add
  i64.trunc_sat_f64_u
  local.tee $2
  local.get $11
  i64.const 4294967295
  i64.and
  local.get $1
  i64.const 32
  i64.shl
  i64.add
  local.tee $1
  i64.gt_u
  i64.extend_i32_u
  global.get $~lib/math/res128_hi
  local.tee $9
  i64.const 11
  i64.shr_u
  i64.add
  f64.convert_i64_u
  global.set $~lib/math/rempio2_y0
  local.get $9
  i64.const 53
  i64.shl
  local.get $1
  i64.const 11
  i64.shr_u
  i64.or
  local.get $2
  i64.add
  f64.convert_i64_u
  f64.const 5.421010862427522e-20
  f64.mul
  global.set $~lib/math/rempio2_y1
  global.get $~lib/math/rempio2_y0
  i64.const 4372995238176751616
  local.get $8
  i64.const 52
  i64.shl
  i64.sub
  local.get $0
  local.get $6
  i64.xor
  i64.const -9223372036854775808
  i64.and
  i64.or
  f64.reinterpret_i64
  local.tee $5
  f64.mul
  global.set $~lib/math/rempio2_y0
  global.get $~lib/math/rempio2_y1
  local.get $5
  f64.mul
  global.set $~lib/math/rempio2_y1
  local.get $3
  i64.const 62
  i64.shr_s
  local.get $7
  i64.sub
  i32.wrap_i64
 )
 (func $~lib/math/NativeMath.sin (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  local.get $0
  i64.reinterpret_f64
  local.tee $5
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  local.tee $3
  i32.const 31
  i32.shr_u
  local.set $6
  local.get $3
  i32.const 2147483647
  i32.and
  local.tee $3
  i32.const 1072243195
  i32.le_u
  if
   local.get $3
   i32.const 1045430272
   i32.lt_u
   if
    local.get $0
    return
   end
   local.get $0
   local.get $0
   local.get $0
   f64.mul
   local.tee $1
   local.get $0
   f64.mul
   local.get $1
   local.get $1
   local.get $1
   f64.const 2.7557313707070068e-06
   f64.mul
   f64.const -1.984126982985795e-04
   f64.add
   f64.mul
   f64.const 0.00833333333332249
   f64.add
   local.get $1
   local.get $1
   local.get $1
   f64.mul
   f64.mul
   local.get $1
   f64.const 1.58969099521155e-10
   f64.mul
   f64.const -2.5050760253406863e-08
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.const -0.16666666666666632
   f64.add
   f64.mul
   f64.add
   return
  end
  local.get $3
  i32.const 2146435072
  i32.ge_u
  if
   local.get $0
   local.get $0
   f64.sub
   return
  end
  block $~lib/math/rempio2|inlined.1 (result i32)
   local.get $5
   i64.const 32
   i64.shr_u
   i32.wrap_i64
   i32.const 2147483647
   i32.and
   local.tee $4
   i32.const 1073928572
   i32.lt_u
   if
    i32.const 1
    local.set $3
    local.get $6
    if (result f64)
     local.get $0
     f64.const 1.5707963267341256
     f64.add
     local.set $0
     i32.const -1
     local.set $3
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const 6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const 6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const 6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const 2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const 2.0222662487959506e-21
      f64.add
     end
    else
     local.get $0
     f64.const -1.5707963267341256
     f64.add
     local.set $0
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const -6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const -6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const -6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const -2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const -2.0222662487959506e-21
      f64.add
     end
    end
    local.get $0
    global.set $~lib/math/rempio2_y0
    global.set $~lib/math/rempio2_y1
    local.get $3
    br $~lib/math/rempio2|inlined.1
   end
   local.get $4
   i32.const 1094263291
   i32.lt_u
   if
    local.get $4
    i32.const 20
    i32.shr_u
    local.tee $3
    local.get $0
    local.get $0
    f64.const 0.6366197723675814
    f64.mul
    f64.nearest
    local.tee $7
    f64.const 1.5707963267341256
    f64.mul
    f64.sub
    local.tee $0
    local.get $7
    f64.const 6.077100506506192e-11
    f64.mul
    local.tee $2
    f64.sub
    local.tee $1
    i64.reinterpret_f64
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    i32.const 20
    i32.shr_u
    i32.const 2047
    i32.and
    i32.sub
    i32.const 16
    i32.gt_u
    if
     local.get $7
     f64.const 2.0222662487959506e-21
     f64.mul
     local.get $0
     local.get $0
     local.get $7
     f64.const 6.077100506303966e-11
     f64.mul
     local.tee $1
     f64.sub
     local.tee $0
     f64.sub
     local.get $1
     f64.sub
     f64.sub
     local.set $2
     local.get $3
     local.get $0
     local.get $2
     f64.sub
     local.tee $1
     i64.reinterpret_f64
     i64.const 32
     i64.shr_u
     i32.wrap_i64
     i32.const 20
     i32.shr_u
     i32.const 2047
     i32.and
     i32.sub
     i32.const 49
     i32.gt_u
     if
      local.get $7
      f64.const 8.4784276603689e-32
      f64.mul
      local.get $0
      local.get $0
      local.get $7
      f64.const 2.0222662487111665e-21
      f64.mul
      local.tee $1
      f64.sub
      local.tee $0
      f64.sub
      local.get $1
      f64.sub
      f64.sub
      local.set $2
      local.get $0
      local.get $2
      f64.sub
      local.set $1
     end
    end
    local.get $1
    global.set $~lib/math/rempio2_y0
    local.get $0
    local.get $1
    f64.sub
    local.get $2
    f64.sub
    global.set $~lib/math/rempio2_y1
    local.get $7
    i32.trunc_sat_f64_s
    br $~lib/math/rempio2|inlined.1
   end
   i32.const 0
   local.get $5
   call $~lib/math/pio2_large_quot
   local.tee $3
   i32.sub
   local.get $3
   local.get $6
   select
  end
  local.set $3
  global.get $~lib/math/rempio2_y0
  local.set $2
  global.get $~lib/math/rempio2_y1
  local.set $7
  local.get $3
  i32.const 1
  i32.and
  if (result f64)
   local.get $2
   local.get $2
   f64.mul
   local.tee $0
   local.get $0
   f64.mul
   local.set $1
   f64.const 1
   local.get $0
   f64.const 0.5
   f64.mul
   local.tee $8
   f64.sub
   local.tee $9
   f64.const 1
   local.get $9
   f64.sub
   local.get $8
   f64.sub
   local.get $0
   local.get $0
   local.get $0
   local.get $0
   f64.const 2.480158728947673e-05
   f64.mul
   f64.const -0.001388888888887411
   f64.add
   f64.mul
   f64.const 0.0416666666666666
   f64.add
   f64.mul
   local.get $1
   local.get $1
   f64.mul
   local.get $0
   local.get $0
   f64.const -1.1359647557788195e-11
   f64.mul
   f64.const 2.087572321298175e-09
   f64.add
   f64.mul
   f64.const -2.7557314351390663e-07
   f64.add
   f64.mul
   f64.add
   f64.mul
   local.get $2
   local.get $7
   f64.mul
   f64.sub
   f64.add
   f64.add
  else
   local.get $2
   local.get $2
   f64.mul
   local.tee $0
   local.get $2
   f64.mul
   local.set $1
   local.get $2
   local.get $0
   local.get $7
   f64.const 0.5
   f64.mul
   local.get $1
   local.get $0
   local.get $0
   f64.const 2.7557313707070068e-06
   f64.mul
   f64.const -1.984126982985795e-04
   f64.add
   f64.mul
   f64.const 0.00833333333332249
   f64.add
   local.get $0
   local.get $0
   local.get $0
   f64.mul
   f64.mul
   local.get $0
   f64.const 1.58969099521155e-10
   f64.mul
   f64.const -2.5050760253406863e-08
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.sub
   f64.mul
   local.get $7
   f64.sub
   local.get $1
   f64.const -0.16666666666666632
   f64.mul
   f64.sub
   f64.sub
  end
  local.tee $0
  f64.neg
  local.get $0
  local.get $3
  i32.const 2
  i32.and
  select
 )
 (func $~lib/math/NativeMath.cos (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  local.get $0
  i64.reinterpret_f64
  local.tee $5
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  local.tee $3
  i32.const 31
  i32.shr_u
  local.set $6
  local.get $3
  i32.const 2147483647
  i32.and
  local.tee $3
  i32.const 1072243195
  i32.le_u
  if
   local.get $3
   i32.const 1044816030
   i32.lt_u
   if
    f64.const 1
    return
   end
   local.get $0
   local.get $0
   f64.mul
   local.tee $1
   local.get $1
   f64.mul
   local.set $2
   f64.const 1
   local.get $1
   f64.const 0.5
   f64.mul
   local.tee $7
   f64.sub
   local.tee $8
   f64.const 1
   local.get $8
   f64.sub
   local.get $7
   f64.sub
   local.get $1
   local.get $1
   local.get $1
   local.get $1
   f64.const 2.480158728947673e-05
   f64.mul
   f64.const -0.001388888888887411
   f64.add
   f64.mul
   f64.const 0.0416666666666666
   f64.add
   f64.mul
   local.get $2
   local.get $2
   f64.mul
   local.get $1
   local.get $1
   f64.const -1.1359647557788195e-11
   f64.mul
   f64.const 2.087572321298175e-09
   f64.add
   f64.mul
   f64.const -2.7557314351390663e-07
   f64.add
   f64.mul
   f64.add
   f64.mul
   local.get $0
   f64.const 0
   f64.mul
   f64.sub
   f64.add
   f64.add
   return
  end
  local.get $3
  i32.const 2146435072
  i32.ge_u
  if
   local.get $0
   local.get $0
   f64.sub
   return
  end
  block $~lib/math/rempio2|inlined.0 (result i32)
   local.get $5
   i64.const 32
   i64.shr_u
   i32.wrap_i64
   i32.const 2147483647
   i32.and
   local.tee $4
   i32.const 1073928572
   i32.lt_u
   if
    i32.const 1
    local.set $3
    local.get $6
    if (result f64)
     local.get $0
     f64.const 1.5707963267341256
     f64.add
     local.set $0
     i32.const -1
     local.set $3
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const 6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const 6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const 6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const 2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const 2.0222662487959506e-21
      f64.add
     end
    else
     local.get $0
     f64.const -1.5707963267341256
     f64.add
     local.set $0
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const -6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const -6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const -6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const -2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const -2.0222662487959506e-21
      f64.add
     end
    end
    local.get $0
    global.set $~lib/math/rempio2_y0
    global.set $~lib/math/rempio2_y1
    local.get $3
    br $~lib/math/rempio2|inlined.0
   end
   local.get $4
   i32.const 1094263291
   i32.lt_u
   if
    local.get $4
    i32.const 20
    i32.shr_u
    local.tee $3
    local.get $0
    local.get $0
    f64.const 0.6366197723675814
    f64.mul
    f64.nearest
    local.tee $7
    f64.const 1.5707963267341256
    f64.mul
    f64.sub
    local.tee $0
    local.get $7
    f64.const 6.077100506506192e-11
    f64.mul
    local.tee $2
    f64.sub
    local.tee $1
    i64.reinterpret_f64
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    i32.const 20
    i32.shr_u
    i32.const 2047
    i32.and
    i32.sub
    i32.const 16
    i32.gt_u
    if
     local.get $7
     f64.const 2.0222662487959506e-21
     f64.mul
     local.get $0
     local.get $0
     local.get $7
     f64.const 6.077100506303966e-11
     f64.mul
     local.tee $1
     f64.sub
     local.tee $0
     f64.sub
     local.get $1
     f64.sub
     f64.sub
     local.set $2
     local.get $3
     local.get $0
     local.get $2
     f64.sub
     local.tee $1
     i64.reinterpret_f64
     i64.const 32
     i64.shr_u
     i32.wrap_i64
     i32.const 20
     i32.shr_u
     i32.const 2047
     i32.and
     i32.sub
     i32.const 49
     i32.gt_u
     if
      local.get $7
      f64.const 8.4784276603689e-32
      f64.mul
      local.get $0
      local.get $0
      local.get $7
      f64.const 2.0222662487111665e-21
      f64.mul
      local.tee $1
      f64.sub
      local.tee $0
      f64.sub
      local.get $1
      f64.sub
      f64.sub
      local.set $2
      local.get $0
      local.get $2
      f64.sub
      local.set $1
     end
    end
    local.get $1
    global.set $~lib/math/rempio2_y0
    local.get $0
    local.get $1
    f64.sub
    local.get $2
    f64.sub
    global.set $~lib/math/rempio2_y1
    local.get $7
    i32.trunc_sat_f64_s
    br $~lib/math/rempio2|inlined.0
   end
   i32.const 0
   local.get $5
   call $~lib/math/pio2_large_quot
   local.tee $3
   i32.sub
   local.get $3
   local.get $6
   select
  end
  local.set $3
  global.get $~lib/math/rempio2_y0
  local.set $1
  global.get $~lib/math/rempio2_y1
  local.set $2
  local.get $3
  i32.const 1
  i32.and
  if (result f64)
   local.get $1
   local.get $1
   f64.mul
   local.tee $0
   local.get $1
   f64.mul
   local.set $7
   local.get $1
   local.get $0
   local.get $2
   f64.const 0.5
   f64.mul
   local.get $7
   local.get $0
   local.get $0
   f64.const 2.7557313707070068e-06
   f64.mul
   f64.const -1.984126982985795e-04
   f64.add
   f64.mul
   f64.const 0.00833333333332249
   f64.add
   local.get $0
   local.get $0
   local.get $0
   f64.mul
   f64.mul
   local.get $0
   f64.const 1.58969099521155e-10
   f64.mul
   f64.const -2.5050760253406863e-08
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.sub
   f64.mul
   local.get $2
   f64.sub
   local.get $7
   f64.const -0.16666666666666632
   f64.mul
   f64.sub
   f64.sub
  else
   local.get $1
   local.get $1
   f64.mul
   local.tee $7
   local.get $7
   f64.mul
   local.set $8
   f64.const 1
   local.get $7
   f64.const 0.5
   f64.mul
   local.tee $0
   f64.sub
   local.tee $9
   f64.const 1
   local.get $9
   f64.sub
   local.get $0
   f64.sub
   local.get $7
   local.get $7
   local.get $7
   local.get $7
   f64.const 2.480158728947673e-05
   f64.mul
   f64.const -0.001388888888887411
   f64.add
   f64.mul
   f64.const 0.0416666666666666
   f64.add
   f64.mul
   local.get $8
   local.get $8
   f64.mul
   local.get $7
   local.get $7
   f64.const -1.1359647557788195e-11
   f64.mul
   f64.const 2.087572321298175e-09
   f64.add
   f64.mul
   f64.const -2.7557314351390663e-07
   f64.add
   f64.mul
   f64.add
   f64.mul
   local.get $1
   local.get $2
   f64.mul
   f64.sub
   f64.add
   f64.add
  end
  local.tee $0
  f64.neg
  local.get $0
  local.get $3
  i32.const 1
  i32.add
  i32.const 2
  i32.and
  select
 )
 (func $assembly/index/trigScalarF32 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f64)
  (local $5 i32)
  loop $for-loop|0
   local.get $3
   i32.const 4
   i32.lt_u
   if
    local.get $3
    i32.const 2
    i32.shl
    local.tee $5
    local.get $1
    i32.add
    f32.load
    f64.promote_f32
    local.set $4
    local.get $2
    local.get $5
    i32.add
    local.get $0
    if (result f64)
     local.get $4
     call $~lib/math/NativeMath.cos
    else
     local.get $4
     call $~lib/math/NativeMath.sin
    end
    f32.demote_f64
    f32.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/scratchBase (result i32)
  i32.const 1728
 )
 (func $assembly/index/i64_add_s (param $0 i32) (param $1 i64) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  i64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    i64x2.add
    v128.store
    local.get $3
    local.get $8
    local.get $5
    i64x2.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   i64x2.add
   v128.store
  end
 )
 (func $assembly/index/i64_add (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $5
    local.get $1
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $8
    v128.load
    i64x2.add
    v128.store
    local.get $3
    local.get $5
    local.get $9
    i64x2.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   i64x2.add
   v128.store
  end
 )
 (func $assembly/index/f64_sub_s (param $0 i32) (param $1 f64) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f64x2.sub
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f64x2.sub
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f64x2.sub
   v128.store
  end
 )
 (func $assembly/index/f64_sub (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $5
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $8
    v128.load
    local.get $7
    v128.load
    f64x2.sub
    v128.store
    local.get $3
    local.get $5
    local.get $9
    f64x2.sub
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.sub
   v128.store
  end
 )
 (func $assembly/index/f64_sqrt (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $4
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $5
    v128.load offset=16
    local.set $6
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $5
    v128.load
    f64x2.sqrt
    v128.store
    local.get $2
    local.get $6
    f64x2.sqrt
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $4
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.add
   local.get $0
   local.get $2
   i32.add
   v128.load
   f64x2.sqrt
   v128.store
  end
 )
 (func $assembly/index/f64_sin (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.get $4
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $5
    v128.load
    local.set $6
    local.get $5
    v128.load offset=16
    local.set $7
    block $for-continue|0
     local.get $6
     f64x2.abs
     i32.const 1296
     v128.load64_splat
     f64x2.lt
     v128.not
     v128.any_true
     if (result i32)
      i32.const 1
     else
      local.get $7
      f64x2.abs
      i32.const 1296
      v128.load64_splat
      f64x2.lt
      v128.not
      v128.any_true
     end
     if
      i32.const 0
      local.get $0
      local.get $2
      i32.add
      local.get $1
      local.get $2
      i32.add
      i32.const 4
      call $assembly/index/trigScalarF64
      br $for-continue|0
     end
     local.get $6
     local.get $6
     i32.const 1248
     v128.load64_splat
     f64x2.mul
     f64x2.nearest
     local.tee $8
     i32.const 1256
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     local.tee $3
     local.get $8
     i32.const 1272
     v128.load64_splat
     f64x2.mul
     local.tee $9
     f64x2.sub
     local.tee $10
     local.get $8
     i32.const 1280
     v128.load64_splat
     f64x2.mul
     local.tee $11
     f64x2.sub
     local.tee $12
     local.get $12
     local.get $8
     i32.const 1288
     v128.load64_splat
     f64x2.mul
     local.get $3
     local.get $10
     local.get $10
     local.get $3
     f64x2.sub
     local.tee $3
     f64x2.sub
     f64x2.sub
     local.get $9
     f64x2.neg
     local.get $3
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.get $10
     local.get $12
     local.get $12
     local.get $10
     f64x2.sub
     local.tee $3
     f64x2.sub
     f64x2.sub
     local.get $11
     f64x2.neg
     local.get $3
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.tee $3
     f64x2.sub
     local.tee $9
     f64x2.sub
     local.get $3
     f64x2.sub
     local.set $10
     local.get $9
     local.get $9
     f64x2.mul
     local.tee $11
     local.get $11
     f64x2.mul
     local.set $12
     local.get $1
     local.get $2
     i32.add
     local.tee $5
     local.get $6
     i32.const 1024
     v128.load64_splat
     local.tee $13
     i32.const 1032
     v128.load64_splat
     local.tee $14
     local.get $11
     f64x2.mul
     local.tee $15
     f64x2.sub
     local.tee $3
     local.get $13
     local.get $3
     f64x2.sub
     local.get $15
     f64x2.sub
     local.get $11
     local.get $11
     i32.const 1352
     v128.load64_splat
     local.get $11
     i32.const 1360
     v128.load64_splat
     local.get $11
     i32.const 1368
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $12
     local.get $12
     f64x2.mul
     i32.const 1376
     v128.load64_splat
     local.get $11
     i32.const 1384
     v128.load64_splat
     local.get $11
     i32.const 1392
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $9
     local.get $10
     f64x2.mul
     f64x2.sub
     f64x2.add
     f64x2.add
     local.get $9
     local.get $11
     local.get $14
     local.get $10
     f64x2.mul
     local.get $11
     local.get $9
     f64x2.mul
     local.tee $3
     i32.const 1312
     v128.load64_splat
     local.get $11
     i32.const 1320
     v128.load64_splat
     local.get $11
     i32.const 1328
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $11
     local.get $12
     f64x2.mul
     i32.const 1336
     v128.load64_splat
     local.get $11
     i32.const 1344
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.sub
     f64x2.mul
     local.get $10
     f64x2.sub
     local.get $3
     i32.const 1304
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     f64x2.sub
     local.get $8
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     local.tee $3
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $3
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     local.get $6
     i32.const 1048
     v128.load64_splat
     f64x2.eq
     v128.bitselect
     v128.store
     local.get $7
     local.get $7
     i32.const 1248
     v128.load64_splat
     f64x2.mul
     f64x2.nearest
     local.tee $3
     i32.const 1256
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     local.tee $6
     local.get $3
     i32.const 1272
     v128.load64_splat
     f64x2.mul
     local.tee $8
     f64x2.sub
     local.tee $9
     local.get $3
     i32.const 1280
     v128.load64_splat
     f64x2.mul
     local.tee $10
     f64x2.sub
     local.tee $11
     local.get $11
     local.get $3
     i32.const 1288
     v128.load64_splat
     f64x2.mul
     local.get $6
     local.get $9
     local.get $9
     local.get $6
     f64x2.sub
     local.tee $6
     f64x2.sub
     f64x2.sub
     local.get $8
     f64x2.neg
     local.get $6
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.get $9
     local.get $11
     local.get $11
     local.get $9
     f64x2.sub
     local.tee $6
     f64x2.sub
     f64x2.sub
     local.get $10
     f64x2.neg
     local.get $6
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.tee $6
     f64x2.sub
     local.tee $8
     f64x2.sub
     local.get $6
     f64x2.sub
     local.set $6
     local.get $8
     local.get $8
     f64x2.mul
     local.tee $9
     local.get $9
     f64x2.mul
     local.set $10
     local.get $5
     local.get $7
     i32.const 1024
     v128.load64_splat
     local.tee $11
     i32.const 1032
     v128.load64_splat
     local.tee $12
     local.get $9
     f64x2.mul
     local.tee $13
     f64x2.sub
     local.tee $14
     local.get $11
     local.get $14
     f64x2.sub
     local.get $13
     f64x2.sub
     local.get $9
     local.get $9
     i32.const 1352
     v128.load64_splat
     local.get $9
     i32.const 1360
     v128.load64_splat
     local.get $9
     i32.const 1368
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $10
     local.get $10
     f64x2.mul
     i32.const 1376
     v128.load64_splat
     local.get $9
     i32.const 1384
     v128.load64_splat
     local.get $9
     i32.const 1392
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $8
     local.get $6
     f64x2.mul
     f64x2.sub
     f64x2.add
     f64x2.add
     local.get $8
     local.get $9
     local.get $12
     local.get $6
     f64x2.mul
     local.get $9
     local.get $8
     f64x2.mul
     local.tee $8
     i32.const 1312
     v128.load64_splat
     local.get $9
     i32.const 1320
     v128.load64_splat
     local.get $9
     i32.const 1328
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $9
     local.get $10
     f64x2.mul
     i32.const 1336
     v128.load64_splat
     local.get $9
     i32.const 1344
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.sub
     f64x2.mul
     local.get $6
     f64x2.sub
     local.get $8
     i32.const 1304
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     f64x2.sub
     local.get $3
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     local.tee $3
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $3
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     local.get $7
     i32.const 1048
     v128.load64_splat
     f64x2.eq
     v128.bitselect
     v128.store offset=16
    end
    local.get $2
    i32.const 32
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $4
  i32.lt_u
  if
   local.get $0
   local.get $2
   i32.add
   local.tee $0
   v128.load
   local.tee $3
   f64x2.abs
   i32.const 1296
   v128.load64_splat
   f64x2.lt
   v128.not
   v128.any_true
   if
    i32.const 0
    local.get $0
    local.get $1
    local.get $2
    i32.add
    i32.const 2
    call $assembly/index/trigScalarF64
   else
    local.get $3
    local.get $3
    i32.const 1248
    v128.load64_splat
    f64x2.mul
    f64x2.nearest
    local.tee $6
    i32.const 1256
    v128.load64_splat
    f64x2.mul
    f64x2.sub
    local.tee $7
    local.get $6
    i32.const 1272
    v128.load64_splat
    f64x2.mul
    local.tee $8
    f64x2.sub
    local.tee $9
    local.get $6
    i32.const 1280
    v128.load64_splat
    f64x2.mul
    local.tee $10
    f64x2.sub
    local.tee $11
    local.get $11
    local.get $6
    i32.const 1288
    v128.load64_splat
    f64x2.mul
    local.get $7
    local.get $9
    local.get $9
    local.get $7
    f64x2.sub
    local.tee $7
    f64x2.sub
    f64x2.sub
    local.get $8
    f64x2.neg
    local.get $7
    f64x2.sub
    f64x2.add
    f64x2.sub
    local.get $9
    local.get $11
    local.get $11
    local.get $9
    f64x2.sub
    local.tee $7
    f64x2.sub
    f64x2.sub
    local.get $10
    f64x2.neg
    local.get $7
    f64x2.sub
    f64x2.add
    f64x2.sub
    local.tee $7
    f64x2.sub
    local.tee $8
    f64x2.sub
    local.get $7
    f64x2.sub
    local.set $7
    local.get $8
    local.get $8
    f64x2.mul
    local.tee $9
    local.get $9
    f64x2.mul
    local.set $10
    local.get $1
    local.get $2
    i32.add
    local.get $3
    i32.const 1024
    v128.load64_splat
    local.tee $11
    i32.const 1032
    v128.load64_splat
    local.tee $12
    local.get $9
    f64x2.mul
    local.tee $13
    f64x2.sub
    local.tee $14
    local.get $11
    local.get $14
    f64x2.sub
    local.get $13
    f64x2.sub
    local.get $9
    local.get $9
    i32.const 1352
    v128.load64_splat
    local.get $9
    i32.const 1360
    v128.load64_splat
    local.get $9
    i32.const 1368
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $10
    local.get $10
    f64x2.mul
    i32.const 1376
    v128.load64_splat
    local.get $9
    i32.const 1384
    v128.load64_splat
    local.get $9
    i32.const 1392
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $8
    local.get $7
    f64x2.mul
    f64x2.sub
    f64x2.add
    f64x2.add
    local.get $8
    local.get $9
    local.get $12
    local.get $7
    f64x2.mul
    local.get $9
    local.get $8
    f64x2.mul
    local.tee $8
    i32.const 1312
    v128.load64_splat
    local.get $9
    i32.const 1320
    v128.load64_splat
    local.get $9
    i32.const 1328
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $9
    local.get $10
    f64x2.mul
    i32.const 1336
    v128.load64_splat
    local.get $9
    i32.const 1344
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.sub
    f64x2.mul
    local.get $7
    f64x2.sub
    local.get $8
    i32.const 1304
    v128.load64_splat
    f64x2.mul
    f64x2.sub
    f64x2.sub
    local.get $6
    i32x4.trunc_sat_f64x2_s_zero
    i64x2.extend_low_i32x4_s
    local.tee $6
    v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
    v128.and
    v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
    i64x2.eq
    v128.bitselect
    local.get $6
    i32.const 62
    i64x2.shl
    v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
    v128.and
    v128.xor
    local.get $3
    i32.const 1048
    v128.load64_splat
    f64x2.eq
    v128.bitselect
    v128.store
   end
  end
 )
 (func $assembly/index/f64_s_sub (param $0 f64) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f64x2.sub
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f64x2.sub
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.sub
   v128.store
  end
 )
 (func $assembly/index/f64_s_mul (param $0 f64) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f64x2.mul
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f64x2.mul
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.mul
   v128.store
  end
 )
 (func $assembly/index/f64_s_div (param $0 f64) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f64x2.div
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f64x2.div
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.div
   v128.store
  end
 )
 (func $assembly/index/f64_s_add (param $0 f64) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f64x2.add
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f64x2.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.add
   v128.store
  end
 )
 (func $assembly/index/f64_pairwise (param $0 i32) (param $1 i32) (result f64)
  local.get $0
  local.get $1
  call $assembly/reduce/pairwiseF64
 )
 (func $assembly/index/f64_neg (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $4
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $5
    v128.load offset=16
    local.set $6
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $5
    v128.load
    f64x2.neg
    v128.store
    local.get $2
    local.get $6
    f64x2.neg
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $4
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.add
   local.get $0
   local.get $2
   i32.add
   v128.load
   f64x2.neg
   v128.store
  end
 )
 (func $assembly/index/f64_mul_s (param $0 i32) (param $1 f64) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f64x2.mul
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f64x2.mul
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f64x2.mul
   v128.store
  end
 )
 (func $assembly/index/f64_mul (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $5
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $8
    v128.load
    local.get $7
    v128.load
    f64x2.mul
    v128.store
    local.get $3
    local.get $5
    local.get $9
    f64x2.mul
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.mul
   v128.store
  end
 )
 (func $assembly/index/f64_log (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $7
    local.get $6
    v128.load
    local.tee $8
    i32.const 1224
    v128.load64_splat
    f64x2.lt
    local.set $4
    local.get $8
    i32.const 1232
    v128.load64_splat
    f64x2.mul
    local.get $8
    local.get $4
    v128.bitselect
    v128.const i32x4 0x00000000 0x00095f62 0x00000000 0x00095f62
    i64x2.add
    local.tee $9
    i32.const 52
    i64x2.shr_u
    v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000
    i64x2.add
    i32.const 1080
    v128.load64_splat
    f64x2.sub
    local.get $4
    i32.const 1240
    v128.load64_splat
    v128.and
    f64x2.sub
    local.set $10
    i32.const 1032
    v128.load64_splat
    local.get $9
    v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff
    v128.and
    v128.const i32x4 0x00000000 0x3fe6a09e 0x00000000 0x3fe6a09e
    i64x2.add
    i32.const 1024
    v128.load64_splat
    f64x2.sub
    local.tee $9
    local.get $9
    f64x2.mul
    f64x2.mul
    local.set $11
    local.get $9
    i32.const 1040
    v128.load64_splat
    local.get $9
    f64x2.add
    f64x2.div
    local.tee $12
    local.get $12
    f64x2.mul
    local.tee $13
    local.get $13
    f64x2.mul
    local.set $4
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $8
    i32.const 1072
    v128.load64_splat
    i32.const 1064
    v128.load64_splat
    local.get $12
    local.get $11
    local.get $13
    i32.const 1168
    v128.load64_splat
    local.get $4
    i32.const 1184
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $4
    local.get $4
    f64x2.mul
    i32.const 1200
    v128.load64_splat
    local.get $4
    i32.const 1216
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $4
    i32.const 1176
    v128.load64_splat
    local.get $4
    i32.const 1192
    v128.load64_splat
    local.get $4
    i32.const 1208
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.add
    f64x2.mul
    local.get $10
    i32.const 1120
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $11
    f64x2.sub
    local.get $9
    f64x2.add
    local.get $10
    i32.const 1112
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $8
    i32.const 1048
    v128.load64_splat
    local.tee $4
    f64x2.eq
    v128.bitselect
    local.get $8
    local.get $4
    f64x2.lt
    v128.bitselect
    local.get $8
    i32.const 1056
    v128.load64_splat
    f64x2.lt
    v128.not
    v128.bitselect
    v128.store
    local.get $7
    i32.const 1232
    v128.load64_splat
    f64x2.mul
    local.get $7
    local.get $7
    i32.const 1224
    v128.load64_splat
    f64x2.lt
    local.tee $4
    v128.bitselect
    v128.const i32x4 0x00000000 0x00095f62 0x00000000 0x00095f62
    i64x2.add
    local.tee $8
    i32.const 52
    i64x2.shr_u
    v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000
    i64x2.add
    i32.const 1080
    v128.load64_splat
    f64x2.sub
    local.get $4
    i32.const 1240
    v128.load64_splat
    v128.and
    f64x2.sub
    local.set $4
    i32.const 1032
    v128.load64_splat
    local.get $8
    v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff
    v128.and
    v128.const i32x4 0x00000000 0x3fe6a09e 0x00000000 0x3fe6a09e
    i64x2.add
    i32.const 1024
    v128.load64_splat
    f64x2.sub
    local.tee $8
    local.get $8
    f64x2.mul
    f64x2.mul
    local.set $9
    local.get $8
    i32.const 1040
    v128.load64_splat
    local.get $8
    f64x2.add
    f64x2.div
    local.tee $10
    local.get $10
    f64x2.mul
    local.tee $11
    local.get $11
    f64x2.mul
    local.set $12
    local.get $2
    local.get $7
    i32.const 1072
    v128.load64_splat
    i32.const 1064
    v128.load64_splat
    local.get $10
    local.get $9
    local.get $11
    i32.const 1168
    v128.load64_splat
    local.get $12
    i32.const 1184
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $12
    local.get $12
    f64x2.mul
    i32.const 1200
    v128.load64_splat
    local.get $12
    i32.const 1216
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $12
    i32.const 1176
    v128.load64_splat
    local.get $12
    i32.const 1192
    v128.load64_splat
    local.get $12
    i32.const 1208
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.add
    f64x2.mul
    local.get $4
    i32.const 1120
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $9
    f64x2.sub
    local.get $8
    f64x2.add
    local.get $4
    i32.const 1112
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $7
    i32.const 1048
    v128.load64_splat
    local.tee $4
    f64x2.eq
    v128.bitselect
    local.get $7
    local.get $4
    f64x2.lt
    v128.bitselect
    local.get $7
    i32.const 1056
    v128.load64_splat
    f64x2.lt
    v128.not
    v128.bitselect
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $5
  i32.lt_u
  if
   local.get $0
   local.get $2
   i32.add
   v128.load
   local.tee $4
   i32.const 1224
   v128.load64_splat
   f64x2.lt
   local.set $7
   local.get $4
   i32.const 1232
   v128.load64_splat
   f64x2.mul
   local.get $4
   local.get $7
   v128.bitselect
   v128.const i32x4 0x00000000 0x00095f62 0x00000000 0x00095f62
   i64x2.add
   local.tee $8
   i32.const 52
   i64x2.shr_u
   v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000
   i64x2.add
   i32.const 1080
   v128.load64_splat
   f64x2.sub
   local.get $7
   i32.const 1240
   v128.load64_splat
   v128.and
   f64x2.sub
   local.set $7
   i32.const 1032
   v128.load64_splat
   local.get $8
   v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff
   v128.and
   v128.const i32x4 0x00000000 0x3fe6a09e 0x00000000 0x3fe6a09e
   i64x2.add
   i32.const 1024
   v128.load64_splat
   f64x2.sub
   local.tee $8
   local.get $8
   f64x2.mul
   f64x2.mul
   local.set $9
   local.get $8
   i32.const 1040
   v128.load64_splat
   local.get $8
   f64x2.add
   f64x2.div
   local.tee $10
   local.get $10
   f64x2.mul
   local.tee $11
   local.get $11
   f64x2.mul
   local.set $12
   local.get $1
   local.get $2
   i32.add
   local.get $4
   i32.const 1072
   v128.load64_splat
   i32.const 1064
   v128.load64_splat
   local.get $10
   local.get $9
   local.get $11
   i32.const 1168
   v128.load64_splat
   local.get $12
   i32.const 1184
   v128.load64_splat
   f64x2.mul
   f64x2.add
   local.get $12
   local.get $12
   f64x2.mul
   i32.const 1200
   v128.load64_splat
   local.get $12
   i32.const 1216
   v128.load64_splat
   f64x2.mul
   f64x2.add
   f64x2.mul
   f64x2.add
   f64x2.mul
   local.get $12
   i32.const 1176
   v128.load64_splat
   local.get $12
   i32.const 1192
   v128.load64_splat
   local.get $12
   i32.const 1208
   v128.load64_splat
   f64x2.mul
   f64x2.add
   f64x2.mul
   f64x2.add
   f64x2.mul
   f64x2.add
   f64x2.add
   f64x2.mul
   local.get $7
   i32.const 1120
   v128.load64_splat
   f64x2.mul
   f64x2.add
   local.get $9
   f64x2.sub
   local.get $8
   f64x2.add
   local.get $7
   i32.const 1112
   v128.load64_splat
   f64x2.mul
   f64x2.add
   local.get $4
   i32.const 1048
   v128.load64_splat
   local.tee $7
   f64x2.eq
   v128.bitselect
   local.get $4
   local.get $7
   f64x2.lt
   v128.bitselect
   local.get $4
   i32.const 1056
   v128.load64_splat
   f64x2.lt
   v128.not
   v128.bitselect
   v128.store
  end
 )
 (func $assembly/index/f64_exp (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $6
    v128.load offset=16
    local.get $6
    v128.load
    i32.const 1088
    v128.load64_splat
    f64x2.pmax
    i32.const 1096
    v128.load64_splat
    f64x2.pmin
    local.tee $4
    i32.const 1104
    v128.load64_splat
    f64x2.mul
    f64x2.nearest
    local.set $8
    local.get $4
    local.get $8
    i32.const 1112
    v128.load64_splat
    f64x2.mul
    f64x2.sub
    local.tee $9
    local.get $8
    i32.const 1120
    v128.load64_splat
    f64x2.mul
    local.tee $10
    f64x2.sub
    local.tee $11
    local.get $11
    f64x2.mul
    local.tee $12
    local.get $12
    f64x2.mul
    local.set $4
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    i32.const 1024
    v128.load64_splat
    local.get $10
    local.get $11
    local.get $11
    local.get $12
    i32.const 1128
    v128.load64_splat
    local.get $12
    i32.const 1136
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $4
    i32.const 1144
    v128.load64_splat
    local.get $12
    i32.const 1152
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $4
    i32.const 1160
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.sub
    local.tee $4
    f64x2.mul
    i32.const 1040
    v128.load64_splat
    local.get $4
    f64x2.sub
    f64x2.div
    f64x2.sub
    local.get $9
    f64x2.sub
    f64x2.sub
    local.get $8
    i32.const 1032
    v128.load64_splat
    f64x2.mul
    f64x2.floor
    local.tee $4
    i32.const 1080
    v128.load64_splat
    local.tee $9
    f64x2.add
    i32.const 52
    i64x2.shl
    f64x2.mul
    local.get $8
    local.get $4
    f64x2.sub
    local.get $9
    f64x2.add
    i32.const 52
    i64x2.shl
    f64x2.mul
    v128.store
    i32.const 1088
    v128.load64_splat
    f64x2.pmax
    i32.const 1096
    v128.load64_splat
    f64x2.pmin
    local.tee $4
    i32.const 1104
    v128.load64_splat
    f64x2.mul
    f64x2.nearest
    local.set $7
    local.get $4
    local.get $7
    i32.const 1112
    v128.load64_splat
    f64x2.mul
    f64x2.sub
    local.tee $4
    local.get $7
    i32.const 1120
    v128.load64_splat
    f64x2.mul
    local.tee $8
    f64x2.sub
    local.tee $9
    local.get $9
    f64x2.mul
    local.tee $10
    local.get $10
    f64x2.mul
    local.set $11
    local.get $2
    i32.const 1024
    v128.load64_splat
    local.get $8
    local.get $9
    local.get $9
    local.get $10
    i32.const 1128
    v128.load64_splat
    local.get $10
    i32.const 1136
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $11
    i32.const 1144
    v128.load64_splat
    local.get $10
    i32.const 1152
    v128.load64_splat
    f64x2.mul
    f64x2.add
    local.get $11
    i32.const 1160
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.sub
    local.tee $8
    f64x2.mul
    i32.const 1040
    v128.load64_splat
    local.get $8
    f64x2.sub
    f64x2.div
    f64x2.sub
    local.get $4
    f64x2.sub
    f64x2.sub
    local.get $7
    i32.const 1032
    v128.load64_splat
    f64x2.mul
    f64x2.floor
    local.tee $4
    i32.const 1080
    v128.load64_splat
    local.tee $8
    f64x2.add
    i32.const 52
    i64x2.shl
    f64x2.mul
    local.get $7
    local.get $4
    f64x2.sub
    local.get $8
    f64x2.add
    i32.const 52
    i64x2.shl
    f64x2.mul
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $5
  i32.lt_u
  if
   local.get $0
   local.get $2
   i32.add
   v128.load
   i32.const 1088
   v128.load64_splat
   f64x2.pmax
   i32.const 1096
   v128.load64_splat
   f64x2.pmin
   local.tee $4
   i32.const 1104
   v128.load64_splat
   f64x2.mul
   f64x2.nearest
   local.set $7
   local.get $4
   local.get $7
   i32.const 1112
   v128.load64_splat
   f64x2.mul
   f64x2.sub
   local.tee $4
   local.get $7
   i32.const 1120
   v128.load64_splat
   f64x2.mul
   local.tee $8
   f64x2.sub
   local.tee $9
   local.get $9
   f64x2.mul
   local.tee $10
   local.get $10
   f64x2.mul
   local.set $11
   local.get $1
   local.get $2
   i32.add
   i32.const 1024
   v128.load64_splat
   local.get $8
   local.get $9
   local.get $9
   local.get $10
   i32.const 1128
   v128.load64_splat
   local.get $10
   i32.const 1136
   v128.load64_splat
   f64x2.mul
   f64x2.add
   local.get $11
   i32.const 1144
   v128.load64_splat
   local.get $10
   i32.const 1152
   v128.load64_splat
   f64x2.mul
   f64x2.add
   local.get $11
   i32.const 1160
   v128.load64_splat
   f64x2.mul
   f64x2.add
   f64x2.mul
   f64x2.add
   f64x2.mul
   f64x2.sub
   local.tee $8
   f64x2.mul
   i32.const 1040
   v128.load64_splat
   local.get $8
   f64x2.sub
   f64x2.div
   f64x2.sub
   local.get $4
   f64x2.sub
   f64x2.sub
   local.get $7
   i32.const 1032
   v128.load64_splat
   f64x2.mul
   f64x2.floor
   local.tee $4
   i32.const 1080
   v128.load64_splat
   local.tee $8
   f64x2.add
   i32.const 52
   i64x2.shl
   f64x2.mul
   local.get $7
   local.get $4
   f64x2.sub
   local.get $8
   f64x2.add
   i32.const 52
   i64x2.shl
   f64x2.mul
   v128.store
  end
 )
 (func $assembly/index/f64_div_s (param $0 i32) (param $1 f64) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f64x2.div
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f64x2.div
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f64x2.div
   v128.store
  end
 )
 (func $assembly/index/f64_div (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $7
    local.get $1
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $6
    v128.load
    local.get $8
    v128.load
    f64x2.div
    v128.store
    local.get $3
    local.get $7
    local.get $9
    f64x2.div
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $5
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.div
   v128.store
  end
 )
 (func $assembly/index/f64_cos (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.get $4
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $5
    v128.load
    local.set $3
    local.get $5
    v128.load offset=16
    local.set $6
    block $for-continue|0
     local.get $3
     f64x2.abs
     i32.const 1296
     v128.load64_splat
     f64x2.lt
     v128.not
     v128.any_true
     if (result i32)
      i32.const 1
     else
      local.get $6
      f64x2.abs
      i32.const 1296
      v128.load64_splat
      f64x2.lt
      v128.not
      v128.any_true
     end
     if
      i32.const 1
      local.get $0
      local.get $2
      i32.add
      local.get $1
      local.get $2
      i32.add
      i32.const 4
      call $assembly/index/trigScalarF64
      br $for-continue|0
     end
     local.get $3
     local.get $3
     i32.const 1248
     v128.load64_splat
     f64x2.mul
     f64x2.nearest
     local.tee $7
     i32.const 1256
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     local.tee $3
     local.get $7
     i32.const 1272
     v128.load64_splat
     f64x2.mul
     local.tee $8
     f64x2.sub
     local.tee $9
     local.get $7
     i32.const 1280
     v128.load64_splat
     f64x2.mul
     local.tee $10
     f64x2.sub
     local.tee $11
     local.get $11
     local.get $7
     i32.const 1288
     v128.load64_splat
     f64x2.mul
     local.get $3
     local.get $9
     local.get $9
     local.get $3
     f64x2.sub
     local.tee $3
     f64x2.sub
     f64x2.sub
     local.get $8
     f64x2.neg
     local.get $3
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.get $9
     local.get $11
     local.get $11
     local.get $9
     f64x2.sub
     local.tee $3
     f64x2.sub
     f64x2.sub
     local.get $10
     f64x2.neg
     local.get $3
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.tee $3
     f64x2.sub
     local.tee $8
     f64x2.sub
     local.get $3
     f64x2.sub
     local.set $9
     local.get $8
     local.get $8
     f64x2.mul
     local.tee $10
     local.get $10
     f64x2.mul
     local.set $11
     local.get $1
     local.get $2
     i32.add
     local.tee $5
     i32.const 1024
     v128.load64_splat
     local.tee $12
     i32.const 1032
     v128.load64_splat
     local.tee $13
     local.get $10
     f64x2.mul
     local.tee $14
     f64x2.sub
     local.tee $3
     local.get $12
     local.get $3
     f64x2.sub
     local.get $14
     f64x2.sub
     local.get $10
     local.get $10
     i32.const 1352
     v128.load64_splat
     local.get $10
     i32.const 1360
     v128.load64_splat
     local.get $10
     i32.const 1368
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $11
     local.get $11
     f64x2.mul
     i32.const 1376
     v128.load64_splat
     local.get $10
     i32.const 1384
     v128.load64_splat
     local.get $10
     i32.const 1392
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $8
     local.get $9
     f64x2.mul
     f64x2.sub
     f64x2.add
     f64x2.add
     local.get $8
     local.get $10
     local.get $13
     local.get $9
     f64x2.mul
     local.get $10
     local.get $8
     f64x2.mul
     local.tee $3
     i32.const 1312
     v128.load64_splat
     local.get $10
     i32.const 1320
     v128.load64_splat
     local.get $10
     i32.const 1328
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $10
     local.get $11
     f64x2.mul
     i32.const 1336
     v128.load64_splat
     local.get $10
     i32.const 1344
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.sub
     f64x2.mul
     local.get $9
     f64x2.sub
     local.get $3
     i32.const 1304
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     f64x2.sub
     local.get $7
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.add
     local.tee $3
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $3
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     v128.store
     local.get $6
     local.get $6
     i32.const 1248
     v128.load64_splat
     f64x2.mul
     f64x2.nearest
     local.tee $3
     i32.const 1256
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     local.tee $6
     local.get $3
     i32.const 1272
     v128.load64_splat
     f64x2.mul
     local.tee $7
     f64x2.sub
     local.tee $8
     local.get $3
     i32.const 1280
     v128.load64_splat
     f64x2.mul
     local.tee $9
     f64x2.sub
     local.tee $10
     local.get $10
     local.get $3
     i32.const 1288
     v128.load64_splat
     f64x2.mul
     local.get $6
     local.get $8
     local.get $8
     local.get $6
     f64x2.sub
     local.tee $6
     f64x2.sub
     f64x2.sub
     local.get $7
     f64x2.neg
     local.get $6
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.get $8
     local.get $10
     local.get $10
     local.get $8
     f64x2.sub
     local.tee $6
     f64x2.sub
     f64x2.sub
     local.get $9
     f64x2.neg
     local.get $6
     f64x2.sub
     f64x2.add
     f64x2.sub
     local.tee $6
     f64x2.sub
     local.tee $7
     f64x2.sub
     local.get $6
     f64x2.sub
     local.set $6
     local.get $7
     local.get $7
     f64x2.mul
     local.tee $8
     local.get $8
     f64x2.mul
     local.set $9
     local.get $5
     i32.const 1024
     v128.load64_splat
     local.tee $10
     i32.const 1032
     v128.load64_splat
     local.tee $11
     local.get $8
     f64x2.mul
     local.tee $12
     f64x2.sub
     local.tee $13
     local.get $10
     local.get $13
     f64x2.sub
     local.get $12
     f64x2.sub
     local.get $8
     local.get $8
     i32.const 1352
     v128.load64_splat
     local.get $8
     i32.const 1360
     v128.load64_splat
     local.get $8
     i32.const 1368
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $9
     local.get $9
     f64x2.mul
     i32.const 1376
     v128.load64_splat
     local.get $8
     i32.const 1384
     v128.load64_splat
     local.get $8
     i32.const 1392
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     local.get $7
     local.get $6
     f64x2.mul
     f64x2.sub
     f64x2.add
     f64x2.add
     local.get $7
     local.get $8
     local.get $11
     local.get $6
     f64x2.mul
     local.get $8
     local.get $7
     f64x2.mul
     local.tee $7
     i32.const 1312
     v128.load64_splat
     local.get $8
     i32.const 1320
     v128.load64_splat
     local.get $8
     i32.const 1328
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $8
     local.get $9
     f64x2.mul
     i32.const 1336
     v128.load64_splat
     local.get $8
     i32.const 1344
     v128.load64_splat
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.sub
     f64x2.mul
     local.get $6
     f64x2.sub
     local.get $7
     i32.const 1304
     v128.load64_splat
     f64x2.mul
     f64x2.sub
     f64x2.sub
     local.get $3
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.add
     local.tee $3
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $3
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     v128.store offset=16
    end
    local.get $2
    i32.const 32
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $4
  i32.lt_u
  if
   local.get $0
   local.get $2
   i32.add
   local.tee $0
   v128.load
   local.tee $3
   f64x2.abs
   i32.const 1296
   v128.load64_splat
   f64x2.lt
   v128.not
   v128.any_true
   if
    i32.const 1
    local.get $0
    local.get $1
    local.get $2
    i32.add
    i32.const 2
    call $assembly/index/trigScalarF64
   else
    local.get $3
    local.get $3
    i32.const 1248
    v128.load64_splat
    f64x2.mul
    f64x2.nearest
    local.tee $3
    i32.const 1256
    v128.load64_splat
    f64x2.mul
    f64x2.sub
    local.tee $6
    local.get $3
    i32.const 1272
    v128.load64_splat
    f64x2.mul
    local.tee $7
    f64x2.sub
    local.tee $8
    local.get $3
    i32.const 1280
    v128.load64_splat
    f64x2.mul
    local.tee $9
    f64x2.sub
    local.tee $10
    local.get $10
    local.get $3
    i32.const 1288
    v128.load64_splat
    f64x2.mul
    local.get $6
    local.get $8
    local.get $8
    local.get $6
    f64x2.sub
    local.tee $6
    f64x2.sub
    f64x2.sub
    local.get $7
    f64x2.neg
    local.get $6
    f64x2.sub
    f64x2.add
    f64x2.sub
    local.get $8
    local.get $10
    local.get $10
    local.get $8
    f64x2.sub
    local.tee $6
    f64x2.sub
    f64x2.sub
    local.get $9
    f64x2.neg
    local.get $6
    f64x2.sub
    f64x2.add
    f64x2.sub
    local.tee $6
    f64x2.sub
    local.tee $7
    f64x2.sub
    local.get $6
    f64x2.sub
    local.set $6
    local.get $7
    local.get $7
    f64x2.mul
    local.tee $8
    local.get $8
    f64x2.mul
    local.set $9
    local.get $1
    local.get $2
    i32.add
    i32.const 1024
    v128.load64_splat
    local.tee $10
    i32.const 1032
    v128.load64_splat
    local.tee $11
    local.get $8
    f64x2.mul
    local.tee $12
    f64x2.sub
    local.tee $13
    local.get $10
    local.get $13
    f64x2.sub
    local.get $12
    f64x2.sub
    local.get $8
    local.get $8
    i32.const 1352
    v128.load64_splat
    local.get $8
    i32.const 1360
    v128.load64_splat
    local.get $8
    i32.const 1368
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $9
    local.get $9
    f64x2.mul
    i32.const 1376
    v128.load64_splat
    local.get $8
    i32.const 1384
    v128.load64_splat
    local.get $8
    i32.const 1392
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $7
    local.get $6
    f64x2.mul
    f64x2.sub
    f64x2.add
    f64x2.add
    local.get $7
    local.get $8
    local.get $11
    local.get $6
    f64x2.mul
    local.get $8
    local.get $7
    f64x2.mul
    local.tee $7
    i32.const 1312
    v128.load64_splat
    local.get $8
    i32.const 1320
    v128.load64_splat
    local.get $8
    i32.const 1328
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $8
    local.get $9
    f64x2.mul
    i32.const 1336
    v128.load64_splat
    local.get $8
    i32.const 1344
    v128.load64_splat
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.sub
    f64x2.mul
    local.get $6
    f64x2.sub
    local.get $7
    i32.const 1304
    v128.load64_splat
    f64x2.mul
    f64x2.sub
    f64x2.sub
    local.get $3
    i32x4.trunc_sat_f64x2_s_zero
    i64x2.extend_low_i32x4_s
    v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
    i64x2.add
    local.tee $3
    v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
    v128.and
    v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
    i64x2.eq
    v128.bitselect
    local.get $3
    i32.const 62
    i64x2.shl
    v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
    v128.and
    v128.xor
    v128.store
   end
  end
 )
 (func $assembly/index/f64_add_s (param $0 i32) (param $1 f64) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f64x2.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f64x2.add
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f64x2.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f64x2.add
   v128.store
  end
 )
 (func $assembly/index/f64_add (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $7
    local.get $1
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $6
    v128.load
    local.get $8
    v128.load
    f64x2.add
    v128.store
    local.get $3
    local.get $7
    local.get $9
    f64x2.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $5
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f64x2.add
   v128.store
  end
 )
 (func $assembly/index/f64_abs (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  local.get $2
  i32.const 3
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $4
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $6
    v128.load
    f64x2.abs
    v128.store
    local.get $2
    local.get $4
    f64x2.abs
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $5
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.add
   local.get $0
   local.get $2
   i32.add
   v128.load
   f64x2.abs
   v128.store
  end
 )
 (func $assembly/index/f32_sub_s (param $0 i32) (param $1 f32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f32x4.sub
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f32x4.sub
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f32x4.sub
   v128.store
  end
 )
 (func $assembly/index/f32_sub (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $5
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $8
    v128.load
    local.get $7
    v128.load
    f32x4.sub
    v128.store
    local.get $3
    local.get $5
    local.get $9
    f32x4.sub
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.sub
   v128.store
  end
 )
 (func $assembly/index/f32_sqrt (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $4
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $5
    v128.load offset=16
    local.set $6
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $5
    v128.load
    f32x4.sqrt
    v128.store
    local.get $2
    local.get $6
    f32x4.sqrt
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $4
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.add
   local.get $0
   local.get $2
   i32.add
   v128.load
   f32x4.sqrt
   v128.store
  end
 )
 (func $assembly/index/f32_sin (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.lt_u
   if
    block $for-continue|0
     local.get $0
     local.get $2
     i32.add
     local.tee $5
     v128.load
     local.tee $3
     f32x4.abs
     i32.const 1488
     v128.load32_splat
     f32x4.lt
     v128.not
     v128.any_true
     if
      i32.const 0
      local.get $5
      local.get $1
      local.get $2
      i32.add
      call $assembly/index/trigScalarF32
      br $for-continue|0
     end
     local.get $3
     f64x2.promote_low_f32x4
     local.tee $14
     i32.const 1248
     v128.load64_splat
     local.tee $6
     f64x2.mul
     f64x2.nearest
     local.set $15
     local.get $14
     local.get $15
     i32.const 1256
     v128.load64_splat
     local.tee $7
     f64x2.mul
     f64x2.sub
     local.get $15
     i32.const 1264
     v128.load64_splat
     local.tee $8
     f64x2.mul
     f64x2.sub
     local.tee $11
     local.get $11
     f64x2.mul
     local.tee $16
     local.get $16
     f64x2.mul
     local.set $17
     local.get $3
     local.get $3
     i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
     f64x2.promote_low_f32x4
     local.tee $18
     local.get $6
     f64x2.mul
     f64x2.nearest
     local.set $19
     local.get $18
     local.get $19
     local.get $7
     f64x2.mul
     f64x2.sub
     local.get $19
     local.get $8
     f64x2.mul
     f64x2.sub
     local.tee $20
     local.get $20
     f64x2.mul
     local.tee $21
     local.get $21
     f64x2.mul
     local.set $13
     local.get $1
     local.get $2
     i32.add
     local.get $14
     i32.const 1024
     v128.load64_splat
     local.tee $22
     i32.const 1032
     v128.load64_splat
     local.tee $3
     local.get $16
     f64x2.mul
     f64x2.sub
     local.get $17
     i32.const 1352
     v128.load64_splat
     local.tee $6
     local.get $16
     i32.const 1360
     v128.load64_splat
     local.tee $7
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1368
     v128.load64_splat
     local.tee $8
     local.get $16
     i32.const 1376
     v128.load64_splat
     local.tee $9
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1384
     v128.load64_splat
     local.tee $10
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $11
     local.get $11
     local.get $16
     f64x2.mul
     i32.const 1304
     v128.load64_splat
     local.tee $23
     local.get $16
     i32.const 1312
     v128.load64_splat
     local.tee $11
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1320
     v128.load64_splat
     local.tee $12
     local.get $16
     i32.const 1328
     v128.load64_splat
     local.tee $16
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1336
     v128.load64_splat
     local.tee $17
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $15
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     local.tee $15
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $15
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     local.get $14
     i32.const 1048
     v128.load64_splat
     local.tee $14
     f64x2.eq
     v128.bitselect
     f32x4.demote_f64x2_zero
     local.get $18
     local.get $22
     local.get $3
     local.get $21
     f64x2.mul
     f64x2.sub
     local.get $13
     local.get $6
     local.get $21
     local.get $7
     f64x2.mul
     f64x2.add
     local.get $13
     local.get $8
     local.get $21
     local.get $9
     f64x2.mul
     f64x2.add
     local.get $13
     local.get $10
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $20
     local.get $20
     local.get $21
     f64x2.mul
     local.get $23
     local.get $21
     local.get $11
     f64x2.mul
     f64x2.add
     local.get $13
     local.get $12
     local.get $21
     local.get $16
     f64x2.mul
     f64x2.add
     local.get $13
     local.get $17
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $19
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     local.tee $3
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $3
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     local.get $18
     local.get $14
     f64x2.eq
     v128.bitselect
     f32x4.demote_f64x2_zero
     i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
     v128.store
    end
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/f32_s_sub (param $0 f32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f32x4.sub
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f32x4.sub
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.sub
   v128.store
  end
 )
 (func $assembly/index/f32_s_mul (param $0 f32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f32x4.mul
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f32x4.mul
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.mul
   v128.store
  end
 )
 (func $assembly/index/f32_s_div (param $0 f32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f32x4.div
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f32x4.div
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.div
   v128.store
  end
 )
 (func $assembly/index/f32_s_add (param $0 f32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $0
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $5
    local.get $7
    v128.load
    f32x4.add
    v128.store
    local.get $3
    local.get $5
    local.get $8
    f32x4.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $5
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.add
   v128.store
  end
 )
 (func $assembly/index/f32_pairwise (param $0 i32) (param $1 i32) (result f32)
  local.get $0
  local.get $1
  call $assembly/reduce/pairwiseF32
 )
 (func $assembly/index/f32_neg (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $4
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $5
    v128.load offset=16
    local.set $6
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $5
    v128.load
    f32x4.neg
    v128.store
    local.get $2
    local.get $6
    f32x4.neg
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $4
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.add
   local.get $0
   local.get $2
   i32.add
   v128.load
   f32x4.neg
   v128.store
  end
 )
 (func $assembly/index/f32_mul_s (param $0 i32) (param $1 f32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f32x4.mul
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f32x4.mul
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f32x4.mul
   v128.store
  end
 )
 (func $assembly/index/f32_mul (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $5
    local.get $1
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $8
    v128.load
    local.get $7
    v128.load
    f32x4.mul
    v128.store
    local.get $3
    local.get $5
    local.get $9
    f32x4.mul
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.mul
   v128.store
  end
 )
 (func $assembly/index/f32_log (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.lt_u
   if
    i32.const 1032
    v128.load64_splat
    local.tee $3
    local.get $0
    local.get $2
    i32.add
    v128.load
    local.tee $5
    f64x2.promote_low_f32x4
    local.tee $11
    v128.const i32x4 0x00000000 0x00095f62 0x00000000 0x00095f62
    i64x2.add
    local.tee $10
    v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff
    v128.and
    v128.const i32x4 0x00000000 0x3fe6a09e 0x00000000 0x3fe6a09e
    i64x2.add
    i32.const 1024
    v128.load64_splat
    local.tee $7
    f64x2.sub
    local.tee $12
    local.get $12
    f64x2.mul
    f64x2.mul
    local.set $13
    local.get $12
    i32.const 1040
    v128.load64_splat
    local.tee $8
    local.get $12
    f64x2.add
    f64x2.div
    local.tee $14
    local.get $14
    f64x2.mul
    local.tee $15
    local.get $15
    f64x2.mul
    local.set $16
    local.get $3
    local.get $5
    local.get $5
    i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
    f64x2.promote_low_f32x4
    local.tee $6
    v128.const i32x4 0x00000000 0x00095f62 0x00000000 0x00095f62
    i64x2.add
    local.tee $3
    v128.const i32x4 0xffffffff 0x000fffff 0xffffffff 0x000fffff
    v128.and
    v128.const i32x4 0x00000000 0x3fe6a09e 0x00000000 0x3fe6a09e
    i64x2.add
    local.get $7
    f64x2.sub
    local.tee $7
    local.get $7
    f64x2.mul
    f64x2.mul
    local.set $17
    local.get $7
    local.get $8
    local.get $7
    f64x2.add
    f64x2.div
    local.tee $8
    local.get $8
    f64x2.mul
    local.tee $18
    local.get $18
    f64x2.mul
    local.set $9
    local.get $1
    local.get $2
    i32.add
    local.get $11
    i32.const 1072
    v128.load64_splat
    local.tee $19
    i32.const 1064
    v128.load64_splat
    local.tee $5
    local.get $10
    i32.const 52
    i64x2.shr_u
    v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000
    i64x2.add
    i32.const 1080
    v128.load64_splat
    local.tee $10
    f64x2.sub
    i32.const 1416
    v128.load64_splat
    local.tee $20
    f64x2.mul
    local.get $12
    local.get $13
    local.get $14
    local.get $13
    local.get $15
    i32.const 1168
    v128.load64_splat
    local.tee $12
    local.get $16
    i32.const 1184
    v128.load64_splat
    local.tee $13
    local.get $16
    i32.const 1200
    v128.load64_splat
    local.tee $14
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $16
    i32.const 1176
    v128.load64_splat
    local.tee $15
    local.get $16
    i32.const 1192
    v128.load64_splat
    local.tee $16
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.add
    f64x2.mul
    f64x2.sub
    f64x2.sub
    f64x2.add
    local.get $11
    i32.const 1048
    v128.load64_splat
    local.tee $21
    f64x2.eq
    v128.bitselect
    local.get $11
    local.get $21
    f64x2.lt
    v128.bitselect
    local.get $11
    i32.const 1056
    v128.load64_splat
    local.tee $11
    f64x2.lt
    v128.not
    v128.bitselect
    f32x4.demote_f64x2_zero
    local.get $6
    local.get $19
    local.get $5
    local.get $3
    i32.const 52
    i64x2.shr_u
    v128.const i32x4 0x00000000 0x43380000 0x00000000 0x43380000
    i64x2.add
    local.get $10
    f64x2.sub
    local.get $20
    f64x2.mul
    local.get $7
    local.get $17
    local.get $8
    local.get $17
    local.get $18
    local.get $12
    local.get $9
    local.get $13
    local.get $9
    local.get $14
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    local.get $9
    local.get $15
    local.get $9
    local.get $16
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.add
    f64x2.mul
    f64x2.sub
    f64x2.sub
    f64x2.add
    local.get $6
    local.get $21
    f64x2.eq
    v128.bitselect
    local.get $6
    local.get $21
    f64x2.lt
    v128.bitselect
    local.get $6
    local.get $11
    f64x2.lt
    v128.not
    v128.bitselect
    f32x4.demote_f64x2_zero
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    v128.store
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/f32_exp (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $4
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.lt_u
   if
    local.get $0
    local.get $2
    i32.add
    v128.load
    local.tee $3
    f64x2.promote_low_f32x4
    i32.const 1400
    v128.load64_splat
    local.tee $5
    f64x2.pmax
    i32.const 1408
    v128.load64_splat
    local.tee $6
    f64x2.pmin
    local.tee $7
    i32.const 1104
    v128.load64_splat
    local.tee $8
    f64x2.mul
    f64x2.nearest
    local.set $9
    local.get $7
    local.get $9
    i32.const 1416
    v128.load64_splat
    local.tee $7
    f64x2.mul
    f64x2.sub
    local.tee $10
    local.get $10
    f64x2.mul
    local.tee $11
    local.get $11
    f64x2.mul
    local.set $12
    local.get $3
    local.get $3
    i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
    f64x2.promote_low_f32x4
    local.get $5
    f64x2.pmax
    local.get $6
    f64x2.pmin
    local.tee $5
    local.get $8
    f64x2.mul
    f64x2.nearest
    local.set $3
    local.get $5
    local.get $3
    local.get $7
    f64x2.mul
    f64x2.sub
    local.tee $5
    local.get $5
    f64x2.mul
    local.tee $6
    local.get $6
    f64x2.mul
    local.set $7
    local.get $1
    local.get $2
    i32.add
    i32.const 1024
    v128.load64_splat
    local.tee $8
    local.get $10
    f64x2.add
    local.get $11
    i32.const 1424
    v128.load64_splat
    local.tee $13
    local.get $10
    i32.const 1432
    v128.load64_splat
    local.tee $14
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $12
    i32.const 1440
    v128.load64_splat
    local.tee $15
    local.get $10
    i32.const 1448
    v128.load64_splat
    local.tee $16
    f64x2.mul
    f64x2.add
    local.get $11
    i32.const 1456
    v128.load64_splat
    local.tee $11
    local.get $10
    i32.const 1464
    v128.load64_splat
    local.tee $17
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $12
    i32.const 1472
    v128.load64_splat
    local.tee $12
    local.get $10
    i32.const 1480
    v128.load64_splat
    local.tee $10
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $9
    i32.const 1080
    v128.load64_splat
    local.tee $9
    f64x2.add
    i32.const 52
    i64x2.shl
    f64x2.mul
    f32x4.demote_f64x2_zero
    local.get $8
    local.get $5
    f64x2.add
    local.get $6
    local.get $13
    local.get $5
    local.get $14
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $7
    local.get $15
    local.get $5
    local.get $16
    f64x2.mul
    f64x2.add
    local.get $6
    local.get $11
    local.get $5
    local.get $17
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $7
    local.get $12
    local.get $5
    local.get $10
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    f64x2.mul
    f64x2.add
    local.get $3
    local.get $9
    f64x2.add
    i32.const 52
    i64x2.shl
    f64x2.mul
    f32x4.demote_f64x2_zero
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    v128.store
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/f32_div_s (param $0 i32) (param $1 f32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f32x4.div
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f32x4.div
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f32x4.div
   v128.store
  end
 )
 (func $assembly/index/f32_div (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $7
    local.get $1
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $6
    v128.load
    local.get $8
    v128.load
    f32x4.div
    v128.store
    local.get $3
    local.get $7
    local.get $9
    f32x4.div
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $5
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.div
   v128.store
  end
 )
 (func $assembly/index/f32_cos (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $12
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   local.get $12
   i32.lt_u
   if
    block $for-continue|0
     local.get $0
     local.get $2
     i32.add
     local.tee $13
     v128.load
     local.tee $3
     f32x4.abs
     i32.const 1488
     v128.load32_splat
     f32x4.lt
     v128.not
     v128.any_true
     if
      i32.const 1
      local.get $13
      local.get $1
      local.get $2
      i32.add
      call $assembly/index/trigScalarF32
      br $for-continue|0
     end
     local.get $3
     f64x2.promote_low_f32x4
     local.tee $4
     i32.const 1248
     v128.load64_splat
     local.tee $5
     f64x2.mul
     f64x2.nearest
     local.set $14
     local.get $4
     local.get $14
     i32.const 1256
     v128.load64_splat
     local.tee $4
     f64x2.mul
     f64x2.sub
     local.get $14
     i32.const 1264
     v128.load64_splat
     local.tee $6
     f64x2.mul
     f64x2.sub
     local.tee $15
     local.get $15
     f64x2.mul
     local.tee $16
     local.get $16
     f64x2.mul
     local.set $17
     local.get $3
     local.get $3
     i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
     f64x2.promote_low_f32x4
     local.tee $3
     local.get $5
     f64x2.mul
     f64x2.nearest
     local.set $18
     local.get $3
     local.get $18
     local.get $4
     f64x2.mul
     f64x2.sub
     local.get $18
     local.get $6
     f64x2.mul
     f64x2.sub
     local.tee $19
     local.get $19
     f64x2.mul
     local.tee $20
     local.get $20
     f64x2.mul
     local.set $21
     local.get $1
     local.get $2
     i32.add
     i32.const 1024
     v128.load64_splat
     local.tee $11
     i32.const 1032
     v128.load64_splat
     local.tee $10
     local.get $16
     f64x2.mul
     f64x2.sub
     local.get $17
     i32.const 1352
     v128.load64_splat
     local.tee $9
     local.get $16
     i32.const 1360
     v128.load64_splat
     local.tee $8
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1368
     v128.load64_splat
     local.tee $7
     local.get $16
     i32.const 1376
     v128.load64_splat
     local.tee $6
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1384
     v128.load64_splat
     local.tee $5
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $15
     local.get $15
     local.get $16
     f64x2.mul
     i32.const 1304
     v128.load64_splat
     local.tee $4
     local.get $16
     i32.const 1312
     v128.load64_splat
     local.tee $3
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1320
     v128.load64_splat
     local.tee $15
     local.get $16
     i32.const 1328
     v128.load64_splat
     local.tee $16
     f64x2.mul
     f64x2.add
     local.get $17
     i32.const 1336
     v128.load64_splat
     local.tee $17
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $14
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.add
     local.tee $14
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $14
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     f32x4.demote_f64x2_zero
     local.get $11
     local.get $10
     local.get $20
     f64x2.mul
     f64x2.sub
     local.get $21
     local.get $9
     local.get $20
     local.get $8
     f64x2.mul
     f64x2.add
     local.get $21
     local.get $7
     local.get $20
     local.get $6
     f64x2.mul
     f64x2.add
     local.get $21
     local.get $5
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $19
     local.get $19
     local.get $20
     f64x2.mul
     local.get $4
     local.get $20
     local.get $3
     f64x2.mul
     f64x2.add
     local.get $21
     local.get $15
     local.get $20
     local.get $16
     f64x2.mul
     f64x2.add
     local.get $21
     local.get $17
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     f64x2.mul
     f64x2.add
     local.get $18
     i32x4.trunc_sat_f64x2_s_zero
     i64x2.extend_low_i32x4_s
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.add
     local.tee $3
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     v128.and
     v128.const i32x4 0x00000001 0x00000000 0x00000001 0x00000000
     i64x2.eq
     v128.bitselect
     local.get $3
     i32.const 62
     i64x2.shl
     v128.const i32x4 0x00000000 0x80000000 0x00000000 0x80000000
     v128.and
     v128.xor
     f32x4.demote_f64x2_zero
     i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
     v128.store
    end
    local.get $2
    i32.const 16
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/f32_add_s (param $0 i32) (param $1 f32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $6
  local.get $1
  f32x4.splat
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $6
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $7
    v128.load offset=16
    local.set $8
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $7
    v128.load
    local.get $5
    f32x4.add
    v128.store
    local.get $3
    local.get $8
    local.get $5
    f32x4.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $5
   f32x4.add
   v128.store
  end
 )
 (func $assembly/index/f32_add (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  local.get $3
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 32
   i32.add
   local.tee $4
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $3
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $7
    local.get $1
    local.get $3
    i32.add
    local.tee $8
    v128.load offset=16
    local.set $9
    local.get $2
    local.get $3
    i32.add
    local.tee $3
    local.get $6
    v128.load
    local.get $8
    v128.load
    f32x4.add
    v128.store
    local.get $3
    local.get $7
    local.get $9
    f32x4.add
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  local.get $3
  local.get $5
  i32.lt_u
  if
   local.get $2
   local.get $3
   i32.add
   local.get $0
   local.get $3
   i32.add
   v128.load
   local.get $1
   local.get $3
   i32.add
   v128.load
   f32x4.add
   v128.store
  end
 )
 (func $assembly/index/f32_abs (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  local.get $2
  i32.const 2
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.set $5
  i32.const 0
  local.set $2
  loop $for-loop|0
   local.get $2
   i32.const 32
   i32.add
   local.tee $3
   local.get $5
   i32.le_u
   if
    local.get $0
    local.get $2
    i32.add
    local.tee $6
    v128.load offset=16
    local.set $4
    local.get $1
    local.get $2
    i32.add
    local.tee $2
    local.get $6
    v128.load
    f32x4.abs
    v128.store
    local.get $2
    local.get $4
    f32x4.abs
    v128.store offset=16
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $2
  local.get $5
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.add
   local.get $0
   local.get $2
   i32.add
   v128.load
   f32x4.abs
   v128.store
  end
 )
)
