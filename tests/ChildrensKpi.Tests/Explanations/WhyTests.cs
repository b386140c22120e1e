namespace ChildrensKpi.Tests.Explanations;

public class WhyTests
{
    private static int s_evaluated;

    private static string Counted()
    {
        s_evaluated++;
        return "x";
    }

    [Fact]
    public void Say_Silent_EvaluatesNoHoleAndGivesNull()
    {
        s_evaluated = 0;
        var decision = Decision.Numerator(Why.Silent, $"placements {Counted()} and {Counted()}");
        Assert.Null(decision.Reason);
        Assert.Null(Why.Silent.Say($"{Counted()}"));
        Assert.Equal(0, s_evaluated);
        Assert.True(decision.InNumerator && decision.InDenominator);
    }

    [Fact]
    public void Say_Explaining_FormatsTheSentence()
    {
        var decision = Decision.DenominatorOnly(Why.Explaining, $"{3} placements open in the period");
        Assert.Equal("3 placements open in the period", decision.Reason);
        Assert.Equal("3 placements open in the period; history begins part way through a period of care (first episode's RNE is not S): earlier episodes are not in the data",
            decision.BeginningBeforeData().Reason);
        Assert.Null(Decision.Excluded(Why.Silent, "no episodes").BeginningBeforeData().Reason);
    }
}
