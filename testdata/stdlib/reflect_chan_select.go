// Tests: reflect's channel operations (Send, Recv, TrySend, TryRecv, Close) and reflect.Select with send, receive, default and ignored cases, with Go's panics
package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type point struct{ X, Y int }

func main() {
	ch := make(chan int, 2)
	v := reflect.ValueOf(ch)
	v.Send(reflect.ValueOf(1))
	fmt.Println(v.TrySend(reflect.ValueOf(2)), v.TrySend(reflect.ValueOf(3)), v.Len(), v.Cap())
	x, ok := v.Recv()
	fmt.Println(x.Int(), ok, x.Type(), x.CanSet())
	x, ok = v.TryRecv()
	fmt.Println(x, ok)
	x, ok = v.TryRecv()
	fmt.Println(x.IsValid(), ok)
	v.Close()
	x, ok = v.TryRecv()
	fmt.Println(x.IsValid(), x, ok)
	x, ok = v.Recv()
	fmt.Println(x, ok)

	// Structs and interfaces travel by value.
	pc := make(chan point, 1)
	p := point{1, 2}
	reflect.ValueOf(pc).Send(reflect.ValueOf(p))
	p.X = 100
	got, _ := reflect.ValueOf(pc).Recv()
	fmt.Println(got.Interface(), got.Field(0))
	ic := make(chan any, 1)
	reflect.ValueOf(ic).Send(reflect.ValueOf("str"))
	gi, _ := reflect.ValueOf(ic).Recv()
	fmt.Println(gi.Kind(), gi.Elem().Kind(), gi.Interface())
	reflect.ValueOf(ic).Send(reflect.Zero(reflect.TypeOf((*any)(nil)).Elem()))
	gi, _ = reflect.ValueOf(ic).Recv()
	fmt.Println(gi.Kind(), gi.IsNil())

	// Unbuffered: a goroutine on the other side.
	uc := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range uc {
			fmt.Println("got", s)
		}
		done <- true
	}()
	uv := reflect.ValueOf(uc)
	uv.Send(reflect.ValueOf("a"))
	uv.Send(reflect.ValueOf("b"))
	uv.Close()
	<-done

	// Select.
	a := make(chan int, 1)
	b := make(chan string, 1)
	b <- "hello"
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
		{Dir: reflect.SelectRecv}, // ignored: no channel
	}
	chosen, recv, recvOK := reflect.Select(cases)
	fmt.Println(chosen, recv, recvOK)
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println(chosen, recv.IsValid(), recvOK)
	chosen, recv, recvOK = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(a), Send: reflect.ValueOf(42)},
	})
	fmt.Println(chosen, recv.IsValid(), recvOK, <-a)
	close(b)
	chosen, recv, recvOK = reflect.Select(cases[:2])
	fmt.Println(chosen, recv, recvOK)

	// A parked Select is woken by the sender.
	sc := make(chan float64)
	go func() { sc <- 2.5 }()
	chosen, recv, recvOK = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan int))},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(sc)},
	})
	fmt.Println(chosen, recv, recvOK, recv.Type())
	// ... and by the receiver.
	rc := make(chan int)
	go func() { fmt.Println("received", <-rc); done <- true }()
	chosen, _, recvOK = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(rc), Send: reflect.ValueOf(7)},
	})
	fmt.Println(chosen, recvOK)
	<-done
	var recvOnly <-chan int = make(chan int)
	var sendOnly chan<- int = make(chan int, 1)

	try("Send on recv-only", func() { reflect.ValueOf(recvOnly).Send(reflect.ValueOf(1)) })
	try("Recv on send-only", func() { reflect.ValueOf(sendOnly).Recv() })
	try("Close recv-only", func() { reflect.ValueOf(recvOnly).Close() })
	try("Send wrong type", func() { reflect.ValueOf(a).Send(reflect.ValueOf("x")) })
	try("Recv of int", func() { reflect.ValueOf(1).Recv() })
	try("TrySend of int", func() { reflect.ValueOf(1).TrySend(reflect.ValueOf(1)) })
	try("Send on closed", func() { reflect.ValueOf(b).Send(reflect.ValueOf("x")) })
	try("Select send on closed", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(b), Send: reflect.ValueOf("x")}})
	})
	try("two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("default with chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(a)}})
	})
	try("bad dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try("recv with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a), Send: reflect.ValueOf(1)}})
	})
	try("send missing value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(a)}})
	})
	try("send on recv-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(recvOnly), Send: reflect.ValueOf(1)}})
	})
	try("recv on send-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(sendOnly)}})
	})
	try("send wrong type", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(a), Send: reflect.ValueOf("s")}})
	})
	try("chan of int", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(3)}})
	})
	fmt.Println(reflect.SelectSend, reflect.SelectRecv, reflect.SelectDefault)
}
