// A part of package reflect (docs/stdlib.md "Parts loaded by name"): Select and its cases.
// Loaded only with a file that names one of them. After Go 1.27's
// reflect (Copyright The Go Authors, BSD-style licence: LICENSE-GO).
package reflect

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
// The kind of case depends on Dir, the communication direction.
//
// If Dir is SelectDefault, the case represents a default case.
// Chan and Send must be zero Values.
//
// If Dir is SelectSend, the case represents a send operation.
// Normally Chan's underlying value must be a channel, and Send's underlying value must be
// assignable to the channel's element type. As a special case, if Chan is a zero Value,
// then the case is ignored, and the field Send will also be ignored and may be either zero
// or non-zero.
//
// If Dir is [SelectRecv], the case represents a receive operation.
// Normally Chan's underlying value must be a channel and Send must be a zero Value.
// If Chan is a zero Value, then the case is ignored, but Send must still be a zero Value.
// When a receive operation is selected, the received Value is returned by Select.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// rselect(dirs []int, chans, sends []any, hasDefault bool) (chosen int, recv any, recvOK bool):
// the runtime's selectgo over the cases (dir 0 send, 1 receive, 2 none), its
// results written by the partner of a parked select; chosen is -1 for the default.
func rselect(dirs []int, chans, sends []any, hasDefault bool) (chosen int, recv any, recvOK bool)

// Select executes a select operation described by the list of cases.
// Like the Go select statement, it blocks until at least one of the cases
// can proceed, makes a uniform pseudo-random choice,
// and then executes that case. It returns the index of the chosen case
// and, if that case was a receive operation, the value received and a
// boolean indicating whether the value corresponds to a send on the channel
// (as opposed to a zero value received because the channel is closed).
// Select supports a maximum of 65536 cases.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	// The cases the runtime sees: the default case is not one of them,
	// so their indexes map back through idx.
	dirs := make([]int, 0, len(cases))
	chans := make([]any, 0, len(cases))
	sends := make([]any, 0, len(cases))
	idx := make([]int, 0, len(cases))
	haveDefault := false
	dflt := -1
	for i, c := range cases {
		dir, ch, send := 2, any(nil), any(nil)
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")

		case SelectDefault: // default
			if haveDefault {
				panic("reflect.Select: multiple default cases")
			}
			haveDefault = true
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			continue

		case SelectSend:
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			// Go's mustBe names the reflect.Value method on the stack
			// (valueMethodName): Select is none.
			ch.flag.mustBe("unknown method", ch.kind(), Chan)
			ch.mustBeExported("reflect.Select")
			if ChanDir(typeChanDir(ch.typ))&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			v := c.Send
			if !v.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			v.mustBeExported("reflect.Select")
			v = v.assignTo("reflect.Select", typeElem(ch.typ))
			dirs = append(dirs, 0)
			chans = append(chans, rawOf(vCur(ch.val, ch.ptr)))
			sends = append(sends, rawOf(v.val))
			idx = append(idx, i)
			continue

		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			if !ch.IsValid() {
				break
			}
			// Go's mustBe names the reflect.Value method on the stack
			// (valueMethodName): Select is none.
			ch.flag.mustBe("unknown method", ch.kind(), Chan)
			ch.mustBeExported("reflect.Select")
			if ChanDir(typeChanDir(ch.typ))&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
			dirs = append(dirs, 1)
			chans = append(chans, rawOf(vCur(ch.val, ch.ptr)))
			sends = append(sends, nil)
			idx = append(idx, i)
			continue
		}
		// An ignored case (no channel): never ready.
		dirs = append(dirs, dir)
		chans = append(chans, ch)
		sends = append(sends, send)
		idx = append(idx, i)
	}
	k, x, ok := rselect(dirs, chans, sends, haveDefault)
	if k < 0 {
		return dflt, Value{}, false
	}
	chosen = idx[k]
	if cases[chosen].Dir == SelectRecv {
		t := typeElem(cases[chosen].Chan.typ)
		return chosen, Value{ok: true, typ: t, val: boxRaw(t, x)}, ok
	}
	return chosen, Value{}, false
}
