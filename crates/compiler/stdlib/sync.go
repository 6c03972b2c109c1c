// Package sync: the standard library subset compiled with every program.
// The struct layouts mirror Go 1.27's so that printing a struct holding a
// Mutex or WaitGroup shows the same fields ({{} {0 0}}); the blocking
// operations are natives that park the goroutine.
package sync

type noCopy struct{}

type align64 struct{}

// imutex is internal/sync.Mutex.
type imutex struct {
	state int32
	sema  uint32
}

type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	_  noCopy
	mu imutex
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

type atomicInt32 struct {
	_ noCopy
	v int32
}

type atomicUint32 struct {
	_ noCopy
	v uint32
}

type atomicUint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomicInt32
	readerWait  atomicInt32
}

func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	state  atomicUint64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)

//gostack:inlined (gc inlines Done: its frame prints "(...)")
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait()

func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once is an object that will perform exactly one action.
type Once struct {
	_    noCopy
	done atomicUint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done.v == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.v == 0 {
		defer func() { o.done.v = 1 }()
		f()
	}
}

func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

// OnceValue returns a function that calls f only once and returns its value.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

// OnceValues returns a function that calls f only once and returns its values.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var v1 T1
	var v2 T2
	return func() (T1, T2) {
		once.Do(func() { v1, v2 = f() })
		return v1, v2
	}
}

// Map is a map safe for concurrent use (all goroutines of gostack share
// one OS thread, so a plain map with Go's semantics suffices).
type Map struct {
	m    map[any]any
	keys []any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	if _, ok := m.m[key]; !ok {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	m.Delete(key)
	return
}

func (m *Map) Delete(key any) {
	if _, ok := m.m[key]; !ok {
		return
	}
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
}

// Swap swaps the value for a key and returns the previous value if any.
// The loaded result reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key
// if the value stored in the map is equal to old.
// The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
// The old value must be of a comparable type.
//
// If there is no current value for key in the map, CompareAndDelete
// returns false (even if the old value is the nil interface value).
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.Delete(key)
	return true
}

func (m *Map) Range(f func(key, value any) bool) {
	keys := append([]any(nil), m.keys...)
	for _, k := range keys {
		v, ok := m.m[k]
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() {
	m.m = nil
	m.keys = nil
}

// Cond implements a condition variable. Its waiters park in the runtime's
// notify list (runtime/sema.go's notifyList): a ticket each, woken in
// ticket order by Signal, all at once by Broadcast.
type Cond struct {
	noCopy noCopy
	L      Locker
	notify notifyList
}

// notifyList: the next ticket to hand out and the next to notify (the
// waiters themselves are queued by the runtime).
type notifyList struct {
	wait   uint32
	notify uint32
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

func runtime_notifyListAdd(l *notifyList) uint32 {
	t := l.wait
	l.wait++
	return t
}

func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. gostack's has no per-P caches and is never emptied by a
// collection: Get returns the most recently Put object, else New's.
type Pool struct {
	noCopy noCopy

	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the [Pool], removes it from the
// Pool, and returns it to the caller.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
