fn main() {
    pegasus_timeline::start();
}
