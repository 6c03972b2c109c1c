// Tests: sync (Mutex, RWMutex, WaitGroup incl. Go, Once, Map), sync/atomic, time (Duration printing, Sleep, After, Tick, Since) and runtime.NumGoroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc()
				if j%10 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	fmt.Printf("%v %+v\n", c, c)

	var cnt int64
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Go(func() { atomic.AddInt64(&cnt, 2) })
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&cnt))
	var a atomic.Int64
	var b atomic.Int32
	var ok atomic.Bool
	a.Add(5)
	b.Store(3)
	ok.Store(true)
	fmt.Println(a.Load(), b.Load(), ok.Load(), b.CompareAndSwap(3, 4), b.Load(), b.CompareAndSwap(3, 5))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println(rw.TryRLock())
	rw.Unlock()
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, found := m.Load("a")
	fmt.Println(v, found)
	m.Delete("a")
	m.Range(func(k, v any) bool { fmt.Println(k, v); return true })

	fmt.Println(time.Duration(90)*time.Second, 1500*time.Millisecond, time.Duration(0), 2*time.Hour+3*time.Minute, time.Duration(1234), 5*time.Microsecond, -time.Minute)
	fmt.Println((90 * time.Second).Minutes(), (1500 * time.Millisecond).Seconds(), time.Hour.Milliseconds(), (2500 * time.Millisecond).Round(time.Second), (2500 * time.Millisecond).Truncate(time.Second))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Millisecond, time.Second)

	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- true
	}()
	fmt.Println(runtime.NumGoroutine())
	select {
	case <-done:
		fmt.Println("done")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case <-make(chan int):
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	tick := time.Tick(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Since(start).Round(time.Second))
}
