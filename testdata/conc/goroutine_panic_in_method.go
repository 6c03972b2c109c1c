// Tests: goroutine started with a method value panics; created by main.main.
package main

import "time"

type Server struct{ port int }

func (s *Server) Serve() {
	if s.port < 1024 {
		panic("privileged port")
	}
}

func main() {
	s := &Server{80}
	go s.Serve()
	time.Sleep(time.Second)
}
