// Tests: context.AfterFunc (run once on cancel, stop's result before and after), WithTimeoutCause and WithDeadlineCause.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool)
	stop := context.AfterFunc(ctx, func() { fmt.Println("after 1"); done <- true })
	stop2 := context.AfterFunc(ctx, func() { fmt.Println("never") })
	fmt.Println("stop2:", stop2(), stop2())
	cancel()
	<-done
	fmt.Println("stop:", stop())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	ran := make(chan bool)
	s := context.AfterFunc(child, func() { ran <- true })
	<-ran
	fmt.Println("canceled parent: ran, stop:", s())

	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("too slow"))
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	ctx3, cancel3 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errors.New("past"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))
	cancel3()
	ctx4, cancel4 := context.WithTimeoutCause(context.Background(), time.Hour, errors.New("unused"))
	cancel4()
	fmt.Println(ctx4.Err(), context.Cause(ctx4))
	fmt.Println(context.AfterFunc(context.Background(), func() {})())
	for _, u := range []int64{0, 1, -1, 1700000000123456, -1700000000123456} {
		t := time.UnixMicro(u).UTC()
		fmt.Println(t, t.UnixMicro())
	}
}
