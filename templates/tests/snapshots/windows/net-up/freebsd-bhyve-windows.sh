#!/bin/sh
# plumb: petitecloud net-up host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/net-up.plumb
set -eu
ifconfig tap2 create
ifconfig bridge0 addm tap2
ifconfig tap2 up
