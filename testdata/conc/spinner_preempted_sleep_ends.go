// Tests: a goroutine spinning in a loop without calls or blocking does not
// stop the clock: main's sleeps end while it spins (it is preempted, not
// killed), and close() runs the goroutine parked on the channel next.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1) // one P: main can only run if the spinner is preempted
	var wg sync.WaitGroup
	var stop atomic.Bool
	release := make(chan struct{})

	wg.Add(2)
	go func() {
		defer wg.Done()
		defer fmt.Println("spinner: deferred call ran (not killed)")
		n := 0
		for !stop.Load() { // tight loop without function calls
			n++
		}
	}()
	go func() {
		defer wg.Done()
		defer fmt.Println("blocked goroutine: deferred call ran (not killed)")
		<-release // blocked for ~1s
	}()

	time.Sleep(20 * time.Millisecond)
	fmt.Println("main: woke up while the spinner never yields -> it was preempted, not killed")
	time.Sleep(30 * time.Millisecond)
	stop.Store(true)
	close(release)
	wg.Wait()
	fmt.Println("main: both goroutines finished normally")
}
