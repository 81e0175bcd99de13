#!/bin/sh
# plumb: petitecloud net-up host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/net-up.plumb
set -eu
ifconfig bridge0 create
ifconfig bridge0 addm em0
ifconfig bridge0 up
ifconfig tap0 create
ifconfig bridge0 addm tap0
ifconfig tap0 up
