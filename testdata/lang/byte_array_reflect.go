// Tests: reflect, encoding and crypto on byte arrays (sha256.Sum256 results, json, binary)
package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
)

type T struct {
	ID  [4]byte
	OK  [2]bool
	Raw []byte
}

func main() {
	w := [5]byte{'h', 'e', 'l', 'l', 'o'}
	rv := reflect.ValueOf(w)
	fmt.Println(rv.Kind(), rv.Len(), rv.Index(1).Uint(), rv.Type(), rv.Type().Elem(), rv.CanAddr())
	rv2 := reflect.ValueOf(&w).Elem()
	rv2.Index(0).SetUint('j')
	fmt.Println(string(w[:]), rv2.Index(2).Uint(), rv2.Index(0).CanSet(), rv2.CanAddr())
	rv2.Set(reflect.ValueOf([5]byte{'w', 'o', 'r', 'l', 'd'}))
	fmt.Println(string(w[:]))
	fmt.Println(reflect.DeepEqual(w, [5]byte{'w', 'o', 'r', 'l', 'd'}), reflect.DeepEqual(w, [5]byte{}))
	var a [4]byte
	z := reflect.Zero(reflect.TypeOf(a)).Interface().([4]byte)
	a[1] = 1
	fmt.Println(z, reflect.ValueOf(z).IsZero(), reflect.ValueOf(a).IsZero())
	bs := [3]bool{}
	np := reflect.New(reflect.TypeOf(bs))
	np.Elem().Index(1).SetBool(true)
	fmt.Println(np.Elem().Interface(), np.Elem().Index(1).Bool())
	st := reflect.ValueOf(&T{}).Elem()
	st.Field(0).Index(2).SetUint(7)
	fmt.Println(st.Interface(), st.Field(0).Len())

	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%x\n", sum)
	sum2 := sha256.Sum256([]byte("abc"))
	fmt.Println(sum == sum2, len(sum), sum[:4], hex.EncodeToString(sum[28:]))
	seen := map[[32]byte]bool{sum: true}
	fmt.Println(seen[sum2], seen[sha256.Sum256(nil)])
	m5 := md5.Sum([]byte("x"))
	fmt.Printf("%x %T\n", m5, m5)

	b, _ := json.Marshal(T{ID: [4]byte{1, 2, 3, 4}, OK: [2]bool{true, false}, Raw: []byte{5}})
	fmt.Println(string(b))
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"ID":[9,8,7,6],"OK":[false,true]}`), &t), t)
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, [4]byte{1, 2, 3, 4})
	fmt.Println(buf.Bytes())
	var out [4]byte
	binary.Read(&buf, binary.BigEndian, &out)
	fmt.Println(out)
	var u [8]byte
	binary.LittleEndian.PutUint64(u[:], 0x0102030405060708)
	fmt.Println(u, binary.BigEndian.Uint32(u[4:]))
}
