// Tests: fmt.Formatter: Format gets the directive's flags, width and precision through fmt.State, and FormatString rebuilds it
package main

import (
	"errors"
	"fmt"
)

type money struct {
	cents int64
	cur   string
}

func (m money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s ", m.cur)
		}
		fmt.Fprintf(f, "%d.%02d", m.cents/100, m.cents%100)
		if f.Flag('#') {
			fmt.Fprint(f, " (money)")
		}
	case 'd':
		fmt.Fprintf(f, "%d", m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(money=%d)", verb, m.cents)
	}
}

type echo struct{}

func (echo) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%s w=%d,%v p=%d,%v]", fmt.FormatString(f, verb), w, wok, p, pok)
}

type both struct{}

func (both) Format(f fmt.State, verb rune) { f.Write([]byte("formatted")) }
func (both) String() string                { return "stringer" }
func (both) Error() string                 { return "error" }

type ptrFmt struct{ n int }

func (p *ptrFmt) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "ptr(%d)", p.n) }

type wrapper struct {
	M money
	E echo
}

type boom struct{}

func (boom) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial "))
	panic("bad format")
}

type errBoom struct{}

func (errBoom) Format(f fmt.State, verb rune) { panic(errors.New("err value")) }

type nilFmt struct{ n int }

func (p *nilFmt) Format(f fmt.State, verb rune) { fmt.Fprint(f, p.n) }

func main() {
	m := money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%#v|%s|%d|%x|%q\n", m, m, m, m, m, m, m)
	fmt.Printf("%10.3v|%-8d|%+#08.2x|% d|%*d|%.*s\n", echo{}, echo{}, echo{}, echo{}, 5, echo{}, 2, echo{})
	fmt.Printf("%v %s %d\n", both{}, both{}, both{})
	fmt.Println(both{})
	fmt.Printf("%v %T\n", &ptrFmt{7}, &ptrFmt{7})
	fmt.Printf("%v\n", ptrFmt{8})
	fmt.Printf("%v %+v\n", wrapper{m, echo{}}, wrapper{m, echo{}})
	fmt.Printf("%v\n", []money{m, {5, "USD"}})
	fmt.Printf("%v\n", map[string]money{"a": m})
	fmt.Printf("<%v>\n", boom{})
	fmt.Printf("<%d>\n", errBoom{})
	var np *nilFmt
	fmt.Printf("<%v>\n", np)
	fmt.Println(fmt.Sprint(m, echo{}), fmt.Sprintln(m))
	err := fmt.Errorf("wrapped: %w", both{})
	fmt.Println(err)
	var st fmt.State
	fmt.Println(st == nil)
	fmt.Printf("%T\n", echo{})
	s := fmt.Sprintf("%8.2f|%v", echo{}, m)
	fmt.Println(s, len(s))
}
