# Methods calling other methods on self (read and mut), including chains.
struct Account:
    var balance: Int
    var log_count: Int

    def __init__(out self, balance: Int):
        self.balance = balance
        self.log_count = 0

    def log(mut self, what: String):
        self.log_count += 1
        print("log", self.log_count, what, self.balance)

    def can_withdraw(self, amount: Int) -> Bool:
        return self.balance >= amount

    def withdraw(mut self, amount: Int) -> Bool:
        if not self.can_withdraw(amount):
            self.log("denied")
            return False
        self.balance -= amount
        self.log("withdraw")
        return True

    def deposit(mut self, amount: Int):
        self.balance += amount
        self.log("deposit")


def main():
    var a = Account(10)
    a.deposit(5)
    print(a.withdraw(12))
    print(a.withdraw(12))
    print(a.balance, a.log_count)
# VERIFIED-WITH: mojo 1.2.0
