// Package context: the standard library subset compiled with every program
// (Background/TODO, WithCancel, WithTimeout, WithDeadline, WithValue,
// Cause, AfterFunc-free). Cancellation propagates to children as in Go.
package context

import (
	"errors"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values
// across API boundaries.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type CancelFunc func()

type CancelCauseFunc func(cause error)

type backgroundCtx struct{}

func (backgroundCtx) Deadline() (deadline time.Time, ok bool) { return }
func (backgroundCtx) Done() <-chan struct{}                   { return nil }
func (backgroundCtx) Err() error                              { return nil }
func (backgroundCtx) Value(key any) any                       { return nil }
func (backgroundCtx) String() string                          { return "context.Background" }

type todoCtx struct{}

func (todoCtx) Deadline() (deadline time.Time, ok bool) { return }
func (todoCtx) Done() <-chan struct{}                   { return nil }
func (todoCtx) Err() error                              { return nil }
func (todoCtx) Value(key any) any                       { return nil }
func (todoCtx) String() string                          { return "context.TODO" }

// Background returns a non-nil, empty Context.
func Background() Context { return backgroundCtx{} }

// TODO returns a non-nil, empty Context.
func TODO() Context { return todoCtx{} }

type cancelCtx struct {
	parent      Context
	done        chan struct{}
	err         error
	cause       error
	children    map[*cancelCtx]bool
	deadline    time.Time
	hasDeadline bool
	timer       *time.Timer
	// AfterFunc registrations, run when c is canceled.
	afterFuncs map[*afterFunc]bool
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error { return c.err }

func (c *cancelCtx) Value(key any) any { return c.parent.Value(key) }

func (c *cancelCtx) String() string {
	if c.hasDeadline {
		return "context.WithDeadline(" + c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
	}
	return "context.WithCancel"
}

// parentCancelCtx finds the nearest *cancelCtx ancestor of parent.
func parentCancelCtx(parent Context) *cancelCtx {
	for {
		switch p := parent.(type) {
		case *cancelCtx:
			return p
		case *valueCtx:
			parent = p.parent
		default:
			return nil
		}
	}
}

func newCancelCtx(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{parent: parent, done: make(chan struct{})}
	if p := parentCancelCtx(parent); p != nil {
		if p.err != nil {
			c.cancel(false, p.err, p.cause)
		} else {
			if p.children == nil {
				p.children = map[*cancelCtx]bool{}
			}
			p.children[c] = true
		}
	} else if done := parent.Done(); done != nil {
		go func() {
			select {
			case <-done:
				c.cancel(false, parent.Err(), Cause(parent))
			case <-c.done:
			}
		}()
	}
	return c
}

func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if c.err != nil {
		return
	}
	if cause == nil {
		cause = err
	}
	c.err = err
	c.cause = cause
	close(c.done)
	for child := range c.children {
		child.cancel(false, err, cause)
	}
	c.children = nil
	for a := range c.afterFuncs {
		a.run()
	}
	c.afterFuncs = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	if removeFromParent {
		if p := parentCancelCtx(c.parent); p != nil && p.children != nil {
			delete(p.children, c)
		}
	}
}

// WithCancel returns a derived context that is canceled when cancel is
// called or the parent is canceled.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is like WithCancel but records a cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause returns why c was canceled.
func Cause(c Context) error {
	if cc := parentCancelCtx(c); cc != nil {
		return cc.cause
	}
	return c.Err()
}

// WithDeadline returns a derived context that is canceled no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithDeadlineCause behaves like [WithDeadline] but also sets the cause of the
// returned Context when the deadline is exceeded. The returned [CancelFunc] does
// not set the cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := newCancelCtx(parent)
	c.deadline = d
	c.hasDeadline = true
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeoutCause behaves like [WithTimeout] but also sets the cause of the
// returned Context when the timeout expires. The returned [CancelFunc] does
// not set the cause.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// afterFunc is one AfterFunc registration: f runs at most once, in its own
// goroutine, unless stop came first.
type afterFunc struct {
	f     func()
	state int // 0 waiting, 1 started, 2 stopped
	stop  chan struct{}
}

func (a *afterFunc) run() {
	if a.state == 0 {
		a.state = 1
		go a.f()
	}
}

// AfterFunc arranges to call f in its own goroutine after ctx is canceled.
// If ctx is already canceled, AfterFunc calls f immediately in its own goroutine.
//
// Multiple calls to AfterFunc on a context operate independently;
// one does not replace another.
//
// Calling the returned stop function stops the association of ctx with f.
// It returns true if the call stopped f from being run.
// If stop returns false,
// either the context is canceled and f has been started in its own goroutine;
// or f was already stopped.
// The stop function does not wait for f to complete before returning.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFunc{f: f}
	if p := parentCancelCtx(ctx); p != nil {
		// Run synchronously with the cancellation, as Go's
		// afterFuncCtx child does.
		if p.err != nil {
			a.run()
		} else {
			if p.afterFuncs == nil {
				p.afterFuncs = map[*afterFunc]bool{}
			}
			p.afterFuncs[a] = true
		}
		return func() bool {
			if p.afterFuncs != nil {
				delete(p.afterFuncs, a)
			}
			if a.state != 0 {
				return false
			}
			a.state = 2
			return true
		}
	}
	if done := ctx.Done(); done != nil {
		a.stop = make(chan struct{})
		go func() {
			select {
			case <-done:
				a.run()
			case <-a.stop:
			}
		}()
	}
	return func() bool {
		if a.state != 0 {
			return false
		}
		a.state = 2
		if a.stop != nil {
			close(a.stop)
		}
		return true
	}
}

type valueCtx struct {
	parent   Context
	key, val any
}

// WithValue returns a derived context in which the value for key is val.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.parent.Done() }
func (c *valueCtx) Err() error                              { return c.parent.Err() }

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}

// WithoutCancel returns a derived context that is not canceled when parent is.
func WithoutCancel(parent Context) Context {
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return c.c.Value(key) }
