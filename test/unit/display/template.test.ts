import { describe, expect, it } from 'vitest'

import { PLACEHOLDERS, propTitle, renderTemplate, signedLine, templateProblems, validateTemplate } from '@/display/template'

describe('title templates', () => {
  it('accept known placeholders (spaces inside braces allowed) and empty values', () => {
    expect(validateTemplate('{player} to {verb} { threshold }+ {unit}')).toBe(true)
    for (const empty of [null, undefined, '']) expect(validateTemplate(empty)).toBe(true)
    expect(validateTemplate('No placeholders at all')).toBe(true)
  })

  it('name each unknown placeholder once, and list the ones to use', () => {
    const problems = templateProblems('{playr} vs {playr} {tem}')
    expect(problems).toHaveLength(2)
    expect(problems[0]).toBe(`Unknown placeholder {playr}. Use one of: ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}.`)
    expect(problems[1]).toMatch(/^Unknown placeholder \{tem\}\./)
    expect(validateTemplate('{playr}')).toBe(problems[0])
  })

  it('refuse unbalanced braces either way, and what is not text', () => {
    expect(validateTemplate('{player')).toBe('Unbalanced brace: every { needs a matching }.')
    expect(validateTemplate('player}')).toBe('Unbalanced brace: every { needs a matching }.')
    expect(validateTemplate(42)).toBe('A template is text.')
  })

  it('render values, empty for missing ones, with tidy spacing before punctuation and inside parentheses', () => {
    expect(renderTemplate('{team}  ( {line} ) wins!', { team: 'Lakers', line: '-2.5' })).toBe('Lakers (-2.5) wins!')
    expect(renderTemplate('{team} , {period} : {round} .', { team: 'A' })).toBe('A,:.')
    expect(renderTemplate('  {player}  ', { player: 'X' })).toBe('X')
  })

  it('sign spread lines, zero unsigned', () => {
    expect([signedLine('-1.5'), signedLine('1.5'), signedLine('0')]).toEqual(['-1.5', '+1.5', '0'])
  })

  it('title props with the threshold, singular at 1, the vocabulary’s own template first', () => {
    const points = { verb: 'score', unitSingular: 'point', unitPlural: 'points' }
    expect(propTitle(points, 'LeBron James', '25')).toBe('LeBron James to score 26+ points')
    expect(propTitle(points, 'LeBron James', '0.5')).toBe('LeBron James to score 1+ point')
    expect(propTitle({ ...points, titleTemplate: '{player}: {line} ({threshold}+)' }, 'LeBron James', '25.5')).toBe('LeBron James: 25.5 (26+)')
  })
})
