// Tests: context cancellation, timeouts and values; time.Timer Stop, AfterFunc and Ticker.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(35 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("stopped workers:", n)

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	vctx := context.WithValue(context.Background(), key("user"), "ada")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")))
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(context.WithValue(parent, key("k"), 1))
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err(), child.Value(key("k")))
	fmt.Println(context.Background(), context.TODO())
	_, ok := context.Background().Deadline()
	fmt.Println(ok)
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	fired := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { fired <- true })
	fmt.Println(<-fired)
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticks done")
}
