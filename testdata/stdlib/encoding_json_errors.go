// Tests: encoding/json decode errors (UnmarshalTypeError fields, SyntaxError offset), Unmarshaler and TextMarshaler keys, escaping, Indent
package main

import (
	"encoding/json"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
)

type T struct {
	A int     `json:"a"`
	B string  `json:"b"`
	C []int   `json:"c"`
	D float32 `json:"d"`
	E bool    `json:"e,string"`
	F *T      `json:"f,omitempty"`
	G uint8   `json:"g"`
}

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	if string(b) == `"high"` {
		*l = 10
		return nil
	}
	return errors.New("bad level " + string(b))
}

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }

func main() {
	var t T
	for _, in := range []string{`{"a":"x"}`, `{"a":1.5}`, `{"g":300}`, `{"c":{}}`, `{"a":1,}`, `{"a" 1}`, `[1,2]`, `{"d":1e40}`, ``, `{"a":1} x`} {
		t = T{}
		err := json.Unmarshal([]byte(in), &t)
		fmt.Printf("%-22s %v | %+v\n", in, err, t)
	}
	var se *json.SyntaxError
	err := json.Unmarshal([]byte(`{"a":1,}`), &t)
	fmt.Println(errors.As(err, &se), se.Offset)
	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"a":"x"}`), &t)
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Value, ute.Type, ute.Offset)
	var lv struct{ L Level }
	fmt.Println(json.Unmarshal([]byte(`{"L":"high"}`), &lv), lv.L)
	fmt.Println(json.Unmarshal([]byte(`{"L":"low"}`), &lv))
	b, err := json.Marshal(map[Level]int{3: 1, 1: 2})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(struct {
		S  string
		F  float64
		I  any
		Bs []byte
		M  map[int]string
		Tm time.Duration
		P  *int
		E  struct{}
		N  []int
		Z  []int `json:",omitempty"`
	}{S: "q\"<>&\u2028", F: 1e21, I: 3.0, Bs: []byte("hi"), M: map[int]string{2: "b", 10: "a"}, Tm: time.Second, N: nil})
	fmt.Println(string(b))
	var out strings.Builder
	var bb bytes.Buffer
	json.Indent(&bb, []byte(`{"a":[1,2,{"b":null}],"c":{}}`), "", "  ")
	fmt.Println(bb.String(), out.Len())
	fmt.Println(json.Valid([]byte(`[1, 2, "x"]`)), json.Valid([]byte(`[1 2]`)))
	fmt.Println(json.RawMessage(`{"x":1}`))
}


