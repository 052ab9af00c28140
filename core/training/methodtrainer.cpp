#include "training/methodtrainer.h"

namespace anomalens::training {

std::unique_ptr<MethodTrainer> makeMethodTrainer(LoadedModel& model)
{
    if (trainsChannelsLast(model.device))
        setWeightMemoryFormat(model.module(), at::MemoryFormat::ChannelsLast);
    if (isMnad(model.method))
        return makeMnadTrainer(model);
    return model.method == Method::Destroyer ? makeDestroyerTrainer(model) : makeFfpTrainer(model);
}

} // namespace anomalens::training
