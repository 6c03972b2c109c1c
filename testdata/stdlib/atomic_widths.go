// Tests: sync/atomic functions of every width: Swap, CompareAndSwap, Add, And, Or, Load, Store (incl. uint32/uint64/uintptr wraparound)
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var u32 uint32 = 5
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 5, 6), u32)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 5, 7), u32)
	fmt.Println(atomic.SwapUint32(&u32, 0xFFFFFFFF), u32)
	fmt.Println(atomic.AddUint32(&u32, 2), atomic.AddUint32(&u32, ^uint32(0)))
	fmt.Println(atomic.AndUint32(&u32, 0xF0))
	fmt.Println(atomic.OrUint32(&u32, 0x0F))
	fmt.Println(u32)

	var u64 uint64 = 1 << 63
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 1<<63, 1<<64-1), u64)
	fmt.Println(atomic.SwapUint64(&u64, 3), atomic.AddUint64(&u64, ^uint64(0)), atomic.LoadUint64(&u64))
	fmt.Println(atomic.AndUint64(&u64, 0), atomic.OrUint64(&u64, 1<<62))
	fmt.Println(u64)

	var i32 int32 = -1
	fmt.Println(atomic.CompareAndSwapInt32(&i32, -1, 1<<31-1), atomic.AddInt32(&i32, 1))
	fmt.Println(atomic.AndInt32(&i32, -16))
	fmt.Println(i32)
	fmt.Println(atomic.OrInt32(&i32, 3))
	fmt.Println(i32)

	var i64 int64 = -8
	fmt.Println(atomic.SwapInt64(&i64, 9), atomic.AndInt64(&i64, 12), atomic.OrInt64(&i64, -16))
	fmt.Println(i64)

	var up uintptr = 10
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 10, 20), atomic.SwapUintptr(&up, 30), atomic.AddUintptr(&up, 5))
	fmt.Println(atomic.AndUintptr(&up, 0xF), atomic.OrUintptr(&up, 0x100), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 1)
	atomic.StoreUint32(&u32, 2)
	fmt.Println(up, u32)
}
