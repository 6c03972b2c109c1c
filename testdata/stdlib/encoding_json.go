// Tests: encoding/json: Marshal/MarshalIndent/Unmarshal with struct tags (omitempty, string, -), embedded structs, maps with sorted keys, any, Marshaler, RawMessage, Encoder/Decoder, Number, Valid and common errors
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Secret   string            `json:"-"`
	Score    float64           `json:"score,string"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"addr,omitempty"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Raw      json.RawMessage   `json:"raw,omitempty"`
	private  int
	Embedded
}

type Embedded struct {
	Level int
}

type Color int

func (c Color) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"color-%d"`, int(c))), nil }

func main() {
	p := Person{Name: "Ann", Age: 30, Score: 9.5, Tags: []string{"a"}, Addr: &Address{Street: "Main"}, Meta: map[string]any{"z": 1, "a": []int{1, 2}}, Raw: json.RawMessage(`{"x":1}`), Embedded: Embedded{3}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"b": true, "a": nil, "c": []any{1.5, "s"}}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"score":"2.5","tags":["x","y"],"addr":{"street":"S","city":"C"},"Level":7,"unknown":1}`), &q)
	fmt.Printf("%v %+v %+v\n", err, q.Tags, *q.Addr)
	q.Addr = nil
	fmt.Printf("%+v\n", q)
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"two",true,null,{"b":2.5}]}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["a"].([]any)[0])
	fmt.Println(json.Unmarshal([]byte(`{"age":"x"}`), &q))
	fmt.Println(json.Unmarshal([]byte(`{"age":}`), &q))
	fmt.Println(json.Unmarshal([]byte(`[1,2`), &anyv))
	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
	b, err = json.Marshal(map[Color]Color{1: 2})
	fmt.Println(string(b), err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode([]int{1, 2})
	enc.Encode("<html>&")
	dec := json.NewDecoder(strings.NewReader(`{"name":"A"} {"name":"B"}`))
	for dec.More() {
		var pp Person
		if err := dec.Decode(&pp); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(pp.Name)
	}
	var n json.Number
	d := json.NewDecoder(strings.NewReader(`123.456`))
	d.UseNumber()
	var nv any
	d.Decode(&nv)
	n = nv.(json.Number)
	fmt.Println(n, n.String())
	var nums []int
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3]`), &nums), nums)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3]`), &arr), arr)
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"b":2,"a":1}`), &m), m)
	var ue *json.UnmarshalTypeError
	_ = ue
	err = json.Unmarshal([]byte(`"str"`), &nums)
	fmt.Printf("%v %T\n", err, err)
	err = json.Unmarshal([]byte(`{}`), nil)
	fmt.Println(err)
}
