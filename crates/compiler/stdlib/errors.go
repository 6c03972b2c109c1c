// Package errors: the standard library subset compiled with every program
// (ported from Go 1.27's errors package).
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

func Unwrap(err error) error {
	if unwrapKind(err) != 1 {
		return nil
	}
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// unwrapKind reports which Unwrap method err's dynamic type has:
// 0 none, 1 Unwrap() error, 2 Unwrap() []error.
func unwrapKind(err error) int

// comparable reports whether the dynamic type of err is comparable.
func comparable(err error) bool

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	isComparable := comparable(target)
	return is(err, target, isComparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch unwrapKind(err) {
		case 1:
			err = err.(interface{ Unwrap() error }).Unwrap()
			if err == nil {
				return false
			}
		case 2:
			for _, err := range err.(interface{ Unwrap() []error }).Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget panics like Go when target is not a non-nil pointer to an
// interface type or to a type implementing error.
func checkAsTarget(target any)

// assignTo stores err into *target and reports true if err's dynamic type
// is assignable to target's element type.
func assignTo(err error, target any) bool

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch unwrapKind(err) {
		case 1:
			err = err.(interface{ Unwrap() error }).Unwrap()
			if err == nil {
				return false
			}
		case 2:
			for _, err := range err.(interface{ Unwrap() []error }).Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// AsType finds the first error in err's tree that matches the type E, and
// if one is found, returns that error value and true. Otherwise, it
// returns the zero value of E and false.
//
// The tree consists of err itself, followed by the errors obtained by
// repeatedly calling its Unwrap() error or Unwrap() []error method. When
// err wraps multiple errors, AsType examines err followed by a
// depth-first traversal of its children.
//
// An error err matches the type E if the type assertion err.(E) holds,
// or if the error has a method As(any) bool such that err.As(target)
// returns true when target is a non-nil *E. In the latter case, the As
// method is responsible for setting target.
//
// (Ported from Go 1.27's errors/wrap.go; BSD licence, see Go's LICENSE.)
func AsType[E error](err error) (E, bool) {
	if err == nil {
		var zero E
		return zero, false
	}
	var pe *E // lazily initialized
	return asType(err, &pe)
}

func asType[E error](err error, ppe **E) (_ E, _ bool) {
	for {
		if e, ok := err.(E); ok {
			return e, true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			if *ppe == nil {
				*ppe = new(E)
			}
			if x.As(*ppe) {
				return **ppe, true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if x, ok := asType(err, ppe); ok {
					return x, true
				}
			}
			return
		default:
			return
		}
	}
}

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		b += "\n" + err.Error()
	}
	return b
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
