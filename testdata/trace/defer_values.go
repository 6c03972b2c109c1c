// Tests: a deferred call's arguments and method receiver are evaluated at the defer statement; a deferred closure reads the variables when it runs
// @trace-plain
package main

import "fmt"

type Account struct {
	Name    string
	Balance int
}

func (a Account) Report() {
	fmt.Println("Report sees", a.Name, a.Balance)
}

func main() {
	acct := Account{Name: "ada", Balance: 10}
	p := &acct
	ledger := map[string]int{"ada": 10}
	defer acct.Report()
	defer fmt.Println("Println got", ledger["ada"])
	defer func() {
		fmt.Println("the closure reads", p.Balance, ledger)
	}()
	for i := 1; i <= 3; i++ {
		p.Balance += i
		ledger["ada"] = p.Balance
	}
	fmt.Println("main returns:", acct)
}
