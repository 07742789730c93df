int main() { return 0; } // local stub until main has the real test
