// The rest of package iter (see iter.go), loaded when a program imports
// iter: Pull and Pull2.
//
// Ported from Go 1.27's iter/iter.go:
// Copyright 2023 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
//
// Changes: Go runs seq on a coroutine (runtime.newcoro, coroswitch), a
// goroutine that hands control back and forth without the scheduler; here
// the coroutine is an ordinary goroutine started at the first switch, and
// a switch is a send on one unbuffered channel and a receive on the other.
// The hand-off is strict (exactly one side runs), so the observable order
// of effects is Go's. No race annotations.
package iter

import "runtime"

// coro is a coroutine: f runs on its own goroutine, one switch at a time.
type coro struct {
	f        func(*coro)
	started  bool
	toCoro   chan struct{}
	toCaller chan struct{}
}

func newcoro(f func(*coro)) *coro {
	return &coro{f: f, toCoro: make(chan struct{}), toCaller: make(chan struct{})}
}

// resume switches from the caller to the coroutine (starting it the first
// time) and returns when the coroutine switches back or finishes.
func (c *coro) resume() {
	if !c.started {
		c.started = true
		go func() {
			c.f(c)
			c.toCaller <- struct{}{}
		}()
	} else {
		c.toCoro <- struct{}{}
	}
	<-c.toCaller
}

// suspend switches from the coroutine back to its caller and returns when
// the caller resumes it.
func (c *coro) suspend() {
	c.toCaller <- struct{}{}
	<-c.toCoro
}

// Pull converts the “push-style” iterator sequence seq
// into a “pull-style” iterator accessed by the two functions
// next and stop.
//
// Next returns the next value in the sequence
// and a boolean indicating whether the value is valid.
// When the sequence is over, next returns the zero V and false.
// It is valid to call next after reaching the end of the sequence
// or after calling stop. These calls will continue
// to return the zero V and false.
//
// Stop ends the iteration. It must be called when the caller is
// no longer interested in next values and next has not yet
// signaled that the sequence is over (with a false boolean return).
// It is valid to call stop multiple times and when next has
// already returned false. Typically, callers should “defer stop()”.
//
// It is an error to call next or stop from multiple goroutines
// simultaneously.
//
// If the iterator function panics, or if a call to next or stop
// panics, the iterator function panics with the same value.
// If the panic is recovered, the iterator is invalid and
// behaves as if stop has been called.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool // to detect Goexit
		panicValue any
	)
	c := newcoro(func(c *coro) {
		if done {
			return
		}
		yield := func(v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v, ok = v1, true
			c.suspend()
			return !done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitPanicValue
			}
			done = true // Invalidate iterator
		}()
		seq(yield)
		var v0 V
		v, ok = v0, false
		seqDone = true
	})
	next = func() (v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull: next called again reentrantly")
		}
		yieldNext = true
		c.resume()

		// Propagate panics and goexits from seq.
		if panicValue != nil {
			if panicValue == goexitPanicValue {
				// Propagate runtime.Goexit from seq.
				runtime.Goexit()
			} else {
				panic(panicValue)
			}
		}
		return v, ok
	}
	stop = func() {
		if !done {
			done = true
			c.resume()

			// Propagate panics and goexits from seq.
			if panicValue != nil {
				if panicValue == goexitPanicValue {
					// Propagate runtime.Goexit from seq.
					runtime.Goexit()
				} else {
					panic(panicValue)
				}
			}
		}
	}
	return next, stop
}

// Pull2 converts the “push-style” iterator sequence seq
// into a “pull-style” iterator accessed by the two functions
// next and stop.
//
// Next returns the next pair in the sequence
// and a boolean indicating whether the pair is valid.
// When the sequence is over, next returns a pair of zero values and false.
// It is valid to call next after reaching the end of the sequence
// or after calling stop. These calls will continue
// to return a pair of zero values and false.
//
// Stop ends the iteration. It must be called when the caller is
// no longer interested in next values and next has not yet
// signaled that the sequence is over (with a false boolean return).
// It is valid to call stop multiple times and when next has
// already returned false. Typically, callers should “defer stop()”.
//
// It is an error to call next or stop from multiple goroutines
// simultaneously.
//
// If the iterator function panics, or if a call to next or stop
// panics, the iterator function panics with the same value.
// If the panic is recovered, the iterator is invalid and
// behaves as if stop has been called.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	c := newcoro(func(c *coro) {
		if done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k, v, ok = k1, v1, true
			c.suspend()
			return !done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitPanicValue
			}
			done = true // Invalidate iterator.
		}()
		seq(yield)
		var k0 K
		var v0 V
		k, v, ok = k0, v0, false
		seqDone = true
	})
	next = func() (k1 K, v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull2: next called again reentrantly")
		}
		yieldNext = true
		c.resume()

		// Propagate panics and goexits from seq.
		if panicValue != nil {
			if panicValue == goexitPanicValue {
				// Propagate runtime.Goexit from seq.
				runtime.Goexit()
			} else {
				panic(panicValue)
			}
		}
		return k, v, ok
	}
	stop = func() {
		if !done {
			done = true
			c.resume()

			// Propagate panics and goexits from seq.
			if panicValue != nil {
				if panicValue == goexitPanicValue {
					// Propagate runtime.Goexit from seq.
					runtime.Goexit()
				} else {
					panic(panicValue)
				}
			}
		}
	}
	return next, stop
}

// goexitPanicValue is a sentinel value indicating that an iterator
// exited via runtime.Goexit.
var goexitPanicValue any = new(int)
