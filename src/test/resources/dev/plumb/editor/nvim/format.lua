-- Formats a buffer in Neovim through plumb lsp: reads its task from the JSON file $PLUMB_E2E, waits
-- until the server can format, formats the template's buffer and writes its lines as JSON to the
-- task's "out" file, then quits. Every wait is bounded, as in e2e.lua.
local task = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv("PLUMB_E2E")), "\n"))
local found = {}
local WAIT = 60000

local ok, err = pcall(function()
  vim.g.plumb_lsp_cmd = task.cmd
  dofile(task.config)
  vim.cmd("edit " .. vim.fn.fnameescape(task.template))
  local buf = vim.api.nvim_get_current_buf()

  -- the server answered initialize: the client knows it formats
  found.ready = vim.wait(WAIT, function()
    for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
      if client.server_capabilities and client.server_capabilities.documentFormattingProvider then
        return true
      end
    end
    return false
  end, 50)

  if vim.lsp.buf.format then
    vim.lsp.buf.format({ bufnr = buf, timeout_ms = WAIT })
  else -- Neovim 0.7
    vim.lsp.buf.formatting_sync(nil, WAIT)
  end
  found.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end)
found.error = ok and vim.NIL or tostring(err)
vim.fn.writefile({ vim.fn.json_encode(found) }, task.out)
vim.cmd("qall!")
