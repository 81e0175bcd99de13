-- Formats a buffer in Neovim through plumb lsp (around task.lua's steps): waits until the server
-- can format, formats the template's buffer and keeps its lines.
local WAIT = 60000

local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":h")
dofile(here .. "/task.lua")(function(_, buf, found)
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
