#!/bin/sh
# plumb: petitecloud status host=linux hypervisor=virtualbox guest=freebsd
# from: virtualbox/status.plumb
set -eu
VBoxManage showvminfo win1 --machinereadable | grep -q '^VMState="running"$'
