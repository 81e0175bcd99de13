#!/bin/sh
# plumb: petitecloud net-up host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/net-up.plumb
set -eu
ifconfig tap2 create
sysctl net.link.tap.up_on_open=1
ifconfig bridge0 addm tap2
ifconfig tap2 up
