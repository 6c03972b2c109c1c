// Tests: String and Error methods called by fmt may sleep, wait for a mutex another goroutine holds, and spin with Gosched
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Slow struct{}

func (Slow) String() string {
	time.Sleep(10 * time.Millisecond)
	return "slept"
}

var mu sync.Mutex

type Locked struct{}

func (Locked) String() string {
	mu.Lock()
	defer mu.Unlock()
	return "locked"
}

var flag atomic.Bool

type Spin struct{}

func (Spin) Error() string {
	for !flag.Load() {
		runtime.Gosched()
	}
	return "spun"
}

func main() {
	fmt.Println(Slow{})
	mu.Lock()
	go func() {
		time.Sleep(time.Millisecond)
		mu.Unlock()
	}()
	fmt.Println(Locked{})
	go func() { flag.Store(true) }()
	var err error = Spin{}
	fmt.Println(fmt.Errorf("wrapped: %w", err), errors.Is(err, err))
}
